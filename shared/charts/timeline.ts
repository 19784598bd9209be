/**
 * The Gantt-like timeline of the roadmap over the plan's ten years, grouped by pillar
 * (ECharts option, mainly for the PDF; the screen has its own interactive grid).
 * Built from stacked bars: an invisible offset bar, then the programme's span.
 */
import type { EChartsOption } from 'echarts';

export interface TimelineRow {
  id: string;
  name: string;
  pillarCode: string;
  startYear: number | null;
  endYear: number | null;
  quickWin: boolean;
}

export interface TimelineLabels {
  pillarName: (code: string) => string;
  quickWin: string;
  programme: string;
}

const PILLAR_COLORS = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#0c8599', '#c2255c'];

/** Rows are drawn top to bottom in the order given (group them by pillar first). */
export function timelineOption(
  rows: TimelineRow[],
  planStartYear: number,
  labels: TimelineLabels,
  years = 10,
): EChartsOption {
  const pillars = [...new Set(rows.map((r) => r.pillarCode))];
  const color = (code: string) => PILLAR_COLORS[pillars.indexOf(code) % PILLAR_COLORS.length]!;
  const shown = rows.filter((r) => r.startYear !== null);
  const names = shown.map((r) => (r.quickWin ? `★ ${r.name}` : r.name));
  const offset = shown.map((r) => Math.max(0, r.startYear! - planStartYear));
  const span = shown.map((r) => {
    const start = Math.max(r.startYear!, planStartYear);
    const end = Math.min(r.endYear ?? r.startYear!, planStartYear + years - 1);
    return {
      value: Math.max(0, end - start + 1),
      itemStyle: {
        color: color(r.pillarCode),
        borderColor: r.quickWin ? '#e8590c' : 'transparent',
        borderWidth: r.quickWin ? 2 : 0,
      },
    };
  });
  return {
    animation: false,
    grid: { left: 220, right: 16, top: 28, bottom: 16, containLabel: false },
    legend: { show: false },
    xAxis: {
      type: 'value',
      position: 'top',
      min: 0,
      max: years,
      interval: 1,
      axisLabel: {
        interval: 0,
        formatter: (v: number) => (v < years ? String(planStartYear + v) : ''),
      },
      splitLine: { lineStyle: { color: '#e9ecef' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: { interval: 0, width: 200, overflow: 'truncate', fontSize: 10 },
    },
    tooltip: { show: false },
    series: [
      {
        type: 'bar',
        stack: 'span',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: offset,
        barWidth: 10,
      },
      {
        type: 'bar',
        stack: 'span',
        name: labels.programme,
        data: span,
        barWidth: 10,
        label: { show: false, textBorderColor: 'transparent', textBorderWidth: 0 },
      },
    ],
    graphic: pillars.length
      ? [
          {
            type: 'text',
            left: 4,
            top: 4,
            style: {
              text: pillars.map((p) => labels.pillarName(p)).join(' · '),
              fontSize: 10,
              fill: '#868e96',
            },
          },
        ]
      : [],
  };
}
