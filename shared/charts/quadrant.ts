/**
 * The impact × ease quadrant of the quick-win candidates (ECharts option, for the screen and,
 * rendered to SVG, for the PDF). Labels come translated from the caller.
 */
import type { EChartsOption } from 'echarts';

export interface QuadrantPoint {
  id: string;
  name: string;
  /** 1–5 */
  impact: number;
  /** 1–5 */
  ease: number;
  selected: boolean;
  recommended: boolean;
}

export interface QuadrantLabels {
  impact: string;
  ease: string;
  selected: string;
  recommended: string;
  others: string;
  /** Quadrant names: top-right (quick wins), top-left, bottom-right, bottom-left. */
  quadrants: { quickWins: string; major: string; fillIns: string; thankless: string };
}

const COLORS = { selected: '#e8590c', recommended: '#1c7ed6', others: '#868e96' };

export function quadrantOption(points: QuadrantPoint[], labels: QuadrantLabels): EChartsOption {
  const group = (kind: 'selected' | 'recommended' | 'others') =>
    points
      .filter((p) =>
        kind === 'selected'
          ? p.selected
          : kind === 'recommended'
            ? !p.selected && p.recommended
            : !p.selected && !p.recommended,
      )
      .map((p) => ({
        value: [p.ease, p.impact],
        name: p.name,
        id: p.id,
        // Names of points near the right edge go on their left, so they stay inside the chart.
        ...(p.ease > 3.5 ? { label: { position: 'left' as const } } : {}),
      }));
  const series = (['selected', 'recommended', 'others'] as const).map((kind) => ({
    type: 'scatter' as const,
    name: labels[kind],
    data: group(kind),
    symbolSize: kind === 'others' ? 9 : 13,
    itemStyle: { color: COLORS[kind], opacity: kind === 'others' ? 0.7 : 0.95 },
    label: {
      show: kind === 'selected',
      position: 'right' as const,
      formatter: '{b}',
      fontSize: 10,
      color: '#343a40',
      textBorderColor: 'transparent',
      textBorderWidth: 0,
      width: 130,
      overflow: 'truncate' as const,
    },
    labelLayout: { hideOverlap: true },
    emphasis: { label: { show: true } },
    ...(kind === 'selected'
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#adb5bd', type: 'dashed' as const },
            label: { show: false },
            data: [{ xAxis: 3 }, { yAxis: 3 }],
          },
        }
      : {}),
  }));
  const corner = (text: string, left: string, top: string) => ({
    type: 'text' as const,
    left,
    top,
    style: { text, fill: '#868e96', fontSize: 11 },
    silent: true,
  });
  return {
    animation: false,
    grid: { left: 48, right: 24, top: 36, bottom: 44 },
    legend: { top: 0, left: 'center', textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const item = p as { name: string; value: [number, number] };
        return `${item.name}<br/>${labels.impact}: ${item.value[1].toFixed(2)} · ${labels.ease}: ${item.value[0].toFixed(2)}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 1,
      max: 5,
      interval: 1,
      name: labels.ease,
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'value',
      min: 1,
      max: 5,
      interval: 1,
      name: labels.impact,
      nameLocation: 'middle',
      nameGap: 30,
    },
    graphic: [
      corner(labels.quadrants.quickWins, '72%', '44%'),
      corner(labels.quadrants.major, '12%', '44%'),
      corner(labels.quadrants.fillIns, '72%', '78%'),
      corner(labels.quadrants.thankless, '12%', '78%'),
    ],
    series,
  };
}
