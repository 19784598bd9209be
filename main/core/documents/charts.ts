/**
 * Charts drawn server-side: an ECharts option (the same builders the screens use) rendered to
 * SVG with ECharts' SSR renderer, which pdfmake embeds as vector graphics. The options come from
 * shared/charts (the same builders as the screens).
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/** Renders an option to an SVG string; the chart is disposed so the process can exit. */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Roboto' }, ...option });
    // The embedded font has no star; the shared builders mark quick wins with one.
    return chart.renderToSVGString().replace(/★/g, '*');
  } finally {
    chart.dispose();
  }
}
