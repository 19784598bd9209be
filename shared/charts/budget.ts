/**
 * Budget per year, stacked by funding source (ECharts option, for the screen and the PDF).
 */
import type { EChartsOption } from 'echarts';
import type { BudgetSummary } from '../analysis/roadmap';

export interface BudgetChartLabels {
  sourceName: (code: string) => string;
  /** Axis values, e.g. `1,25 M`. */
  amountShort: (value: number) => string;
  /** Tooltip values, e.g. `Rp1.250.000.000`. */
  amount: (value: number) => string;
  ceiling?: string;
}

const PALETTE = [
  '#1c7ed6',
  '#e8590c',
  '#2f9e44',
  '#ae3ec9',
  '#f08c00',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#495057',
];

export function budgetOption(
  summary: BudgetSummary,
  labels: BudgetChartLabels,
  ceiling: number | null = null,
): EChartsOption {
  const years = summary.years.map(String);
  return {
    animation: false,
    color: PALETTE,
    grid: { left: 72, right: 16, top: 40, bottom: 28 },
    legend: { top: 0, type: 'scroll', textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => labels.amount(Number(v)),
    },
    xAxis: { type: 'category', data: years, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.amountShort(v) } },
    series: summary.sources.map((code, i) => ({
      type: 'bar' as const,
      name: labels.sourceName(code),
      stack: 'budget',
      barMaxWidth: 36,
      data: summary.years.map((y) => summary.byYearSource[y]?.[code] ?? 0),
      ...(i === 0 && ceiling !== null
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#e03131', type: 'dashed' as const },
              label: {
                formatter: labels.ceiling ?? '',
                position: 'insideEndTop' as const,
                color: '#e03131',
                textBorderColor: 'transparent',
                textBorderWidth: 0,
              },
              data: [{ yAxis: ceiling }],
            },
          }
        : {}),
    })),
  };
}
