import { inflateSync } from 'node:zlib';

/**
 * Every compressed stream of a PDF (page contents and form objects), inflated: where the drawing
 * operators are. A small, independent reader, so the tests do not read the PDF with its writer.
 */
export function pdfStreams(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  const streams: string[] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const from = match.index + match[0].length;
    const to = text.indexOf('endstream', from);
    try {
      streams.push(inflateSync(bytes.subarray(from, to)).toString('latin1'));
    } catch {
      // Not deflated (or not a stream at all): nothing to draw from.
    }
  }
  return streams;
}

/** The RGB fill colours set in a content stream (`r g b scn` / `r g b rg`), as `#rrggbb`. */
export function fillColors(stream: string): string[] {
  const hex = (value: string) =>
    Math.round(Number(value) * 255)
      .toString(16)
      .padStart(2, '0');
  return [...stream.matchAll(/(?:^|\s)([\d.]+) ([\d.]+) ([\d.]+) (?:scn|rg)\b/g)].map(
    ([, r, g, b]) => `#${hex(r!)}${hex(g!)}${hex(b!)}`,
  );
}

/** How many path-building operators (move, line, curve, rectangle) a content stream has. */
export function pathOperatorCount(stream: string): number {
  return (stream.match(/(?:^|\s)(?:[\d.-]+ ){2}[ml]\b|(?:[\d.-]+ ){6}c\b|(?:[\d.-]+ ){4}re\b/g) ?? []).length;
}
