import type { ChartOption } from './chart-options.js';

type Echarts = typeof import('echarts/core');

let loading: Promise<Echarts> | null = null;

/**
 * ECharts with what the report charts use, loaded on the first chart: its server-side renderer
 * draws SVG without a DOM, and the server starts without paying for it.
 */
function echarts(): Promise<Echarts> {
  loading ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    core.use([
      charts.LineChart,
      charts.BarChart,
      components.TitleComponent,
      components.LegendComponent,
      components.GridComponent,
      components.MarkLineComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  })();
  return loading;
}

export interface SvgText {
  /** The chart's name for screen readers and file viewers (`<title>`). */
  title: string;
  /** What it shows, in sentences (`<desc>`). */
  description: string;
}

/** One chart as a standalone SVG document with its `<title>` and `<desc>`. */
export async function renderSvg(
  option: ChartOption,
  size: { width: number; height: number },
  text: SvgText,
): Promise<string> {
  const core = await echarts();
  const chart = core.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return withTitle(chart.renderToSVGString(), text);
  } finally {
    chart.dispose();
  }
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (char) => XML_ESCAPES[char]!);

/** Names the drawing: a `<title>` and `<desc>` first inside the root element, which says it is an image. */
export function withTitle(svg: string, { title, description }: SvgText): string {
  return svg.replace(
    /^<svg\b([^>]*)>/,
    (_, attributes: string) =>
      `<svg${attributes} role="img" aria-labelledby="chart-title chart-desc">` +
      `<title id="chart-title">${escapeXml(title)}</title><desc id="chart-desc">${escapeXml(description)}</desc>`,
  );
}
