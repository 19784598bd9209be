/**
 * The readiness radar: one axis per pillar (0–5), one series with the pillar means. Built here so
 * the renderer and the PDF export draw the same chart; labels are translated by the caller.
 */
import type { EChartsOption } from 'echarts';
import type { ReadinessSummary } from '../analysis/readiness';

export interface ReadinessRadarLabels {
  pillarName: (code: string) => string;
  seriesName: string;
}

export function readinessRadarOption(
  summary: Pick<ReadinessSummary, 'pillars'>,
  labels: ReadinessRadarLabels,
  options: { animation?: boolean; color?: string } = {},
): EChartsOption {
  const color = options.color ?? '#228be6';
  return {
    animation: options.animation ?? true,
    color: [color],
    tooltip: { trigger: 'item' },
    radar: {
      indicator: summary.pillars.map((p) => ({ name: labels.pillarName(p.code), max: 5, min: 0 })),
      splitNumber: 5,
      radius: '65%',
      axisName: { color: '#343a40', fontSize: 12 },
    },
    series: [
      {
        type: 'radar',
        name: labels.seriesName,
        symbolSize: 6,
        areaStyle: { opacity: 0.25 },
        data: [
          {
            name: labels.seriesName,
            value: summary.pillars.map((p) => p.average ?? 0),
          },
        ],
      },
    ],
  };
}
