/**
 * Charts drawn server-side: an ECharts option (the same builders the screens use) rendered to
 * SVG with ECharts' SSR renderer, which pdfmake embeds as vector graphics.
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/** Renders an option to an SVG string; the chart is disposed so the process can exit. */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Roboto' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const noOutline = { textBorderColor: 'transparent', textBorderWidth: 0 };
const PALETTE = ['#1f5fa8', '#d9822b', '#2e9d5b', '#b03a48', '#6b4fa3', '#3a9fb0', '#8c8c3a'];

/** Readiness radar of the six pillars (average score 1–5). */
export function radarOption(
  pillars: Array<{ name: string; value: number | null }>,
  seriesName: string,
): EChartsOption {
  return {
    color: PALETTE,
    radar: {
      indicator: pillars.map((p) => ({ name: p.name, max: 5, min: 0 })),
      radius: '62%',
      splitNumber: 5,
      axisName: { color: '#222', fontSize: 12 },
    },
    series: [
      {
        type: 'radar',
        name: seriesName,
        data: [
          {
            value: pillars.map((p) => p.value ?? 0),
            name: seriesName,
            areaStyle: { opacity: 0.25 },
            label: {
              show: true,
              formatter: (v: { value?: unknown }) =>
                typeof v.value === 'number' ? v.value.toFixed(1).replace('.', ',') : '',
              ...noOutline,
            },
          },
        ],
      },
    ],
  } as EChartsOption;
}

/** Impact × ease quadrant of scored programmes; quick wins highlighted. */
export function quadrantOption(
  points: Array<{ name: string; impact: number; ease: number; quickWin: boolean }>,
  labels: { impact: string; ease: string; quickWin: string; other: string },
): EChartsOption {
  const series = (qw: boolean) => ({
    type: 'scatter' as const,
    name: qw ? labels.quickWin : labels.other,
    symbolSize: qw ? 13 : 9,
    data: points
      .filter((p) => p.quickWin === qw)
      .map((p) => ({ value: [p.ease, p.impact], name: p.name })),
    label: qw
      ? {
          show: true,
          position: 'right' as const,
          fontSize: 9,
          formatter: (v: { name: string }) =>
            v.name.length > 28 ? `${v.name.slice(0, 27)}…` : v.name,
          ...noOutline,
        }
      : { show: false },
    markLine: qw
      ? {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#888', type: 'dashed' as const },
          data: [{ xAxis: 3 }, { yAxis: 3 }],
          label: { show: false },
        }
      : undefined,
  });
  return {
    color: ['#b03a48', '#7f93ad'],
    legend: { bottom: 0 },
    grid: { left: 50, right: 30, top: 20, bottom: 60 },
    xAxis: { min: 1, max: 5, name: labels.ease, nameLocation: 'middle', nameGap: 28 },
    yAxis: { min: 1, max: 5, name: labels.impact, nameLocation: 'middle', nameGap: 32 },
    series: [series(false), series(true)],
  } as EChartsOption;
}

/** Stacked bars: indicative budget per year and funding source (in billions of rupiah). */
export function budgetOption(
  years: number[],
  sources: Array<{ name: string; values: number[] }>,
  unitLabel: string,
): EChartsOption {
  return {
    color: PALETTE,
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: years.map(String), axisLabel: { interval: 0 } },
    yAxis: {
      type: 'value',
      name: unitLabel,
      axisLabel: { formatter: (v: number) => String(v).replace('.', ',') },
    },
    series: sources.map((s) => ({
      type: 'bar',
      stack: 'total',
      name: s.name,
      data: s.values.map((v) => Math.round(v / 1e7) / 100),
    })),
  } as EChartsOption;
}
