import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface SvgSummary {
  title: string;
  description: string;
  /** Every piece of text drawn, in document order. */
  texts: string[];
  /** The `fill` of every filled path (areas, bars, legend swatches), lower-cased. */
  fills: string[];
  /** The `stroke` of every stroked path (lines, grid, axes), lower-cased. */
  strokes: string[];
}

type Node = Record<string, unknown>;
const TEXT = '#text';

/**
 * Reads an SVG as XML: throws unless it is well-formed, then gathers what a reader sees in it.
 * An independent reader of the server's charts, so the tests do not check the renderer with itself.
 */
export function readSvg(svg: string): SvgSummary {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    preserveOrder: true,
    trimValues: false,
  });
  const summary: SvgSummary = { title: '', description: '', texts: [], fills: [], strokes: [] };
  const textOf = (children: Node[]): string =>
    children.map((child) => (TEXT in child ? String(child[TEXT]) : textOf(childrenOf(child)))).join('');
  const childrenOf = (node: Node): Node[] => {
    const key = Object.keys(node).find((name) => name !== ':@');
    const value = key ? node[key] : undefined;
    return Array.isArray(value) ? (value as Node[]) : [];
  };
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      const attributes = (node[':@'] ?? {}) as Record<string, string>;
      if ('title' in node && !summary.title) summary.title = textOf(childrenOf(node));
      else if ('desc' in node && !summary.description) summary.description = textOf(childrenOf(node));
      else if ('text' in node) summary.texts.push(textOf(childrenOf(node)));
      else if ('path' in node) {
        const fill = attributes['@fill'];
        const stroke = attributes['@stroke'];
        if (fill && fill !== 'none') summary.fills.push(fill.toLowerCase());
        if (stroke && stroke !== 'none') summary.strokes.push(stroke.toLowerCase());
      }
      visit(childrenOf(node));
    }
  };
  visit(parser.parse(svg) as Node[]);
  return summary;
}
