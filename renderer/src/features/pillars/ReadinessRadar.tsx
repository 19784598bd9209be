import { RadarChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ReadinessSummary } from '../../../../shared/analysis/readiness';
import { readinessRadarOption } from '../../../../shared/charts/readiness';

echarts.use([RadarChart, TooltipComponent, SVGRenderer]);

/** The readiness radar (the same option builder as the PDF), with a text alternative. */
export function ReadinessRadar({
  summary,
  pillarName,
  seriesName,
  description,
}: {
  summary: ReadinessSummary;
  pillarName: (code: string) => string;
  seriesName: string;
  description: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(readinessRadarOption(summary, { pillarName, seriesName }), true);
  }, [summary, pillarName, seriesName]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={description}
      data-testid="readiness-radar"
      data-values={summary.pillars.map((p) => p.average ?? 0).join(',')}
      style={{ width: '100%', height: 320 }}
    />
  );
}
