/** An ECharts chart in the renderer, with only the parts the app uses (tree-shaken imports). */
import { BarChart, ScatterChart } from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  GraphicComponent,
  SVGRenderer,
  LabelLayout,
]);

export function EChart({
  option,
  height,
  label,
}: {
  option: EChartsOption;
  height: number;
  /** What the chart shows, for screen readers (the same data is in a table nearby). */
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  // Drawn when the browser is idle: typing and dragging never wait for the picture.
  useEffect(() => {
    const draw = () => chart.current?.setOption(option, { notMerge: true });
    if (typeof requestIdleCallback !== 'function') {
      draw();
      return;
    }
    const handle = requestIdleCallback(draw, { timeout: 300 });
    return () => cancelIdleCallback(handle);
  }, [option]);
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
