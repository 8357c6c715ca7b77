/**
 * A report chart (domain BarChart) drawn by Apache ECharts' server-side SVG renderer: no DOM and
 * no canvas, so the same code runs in the CLI and in the task pane. Rasterising the SVG to PNG
 * (for Word and LibreOffice) is the caller's job: resvg in Node, a canvas in the browser.
 */
import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BarChart } from '../domain/evaluation-report/model';

echarts.use([EBarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** Size of a chart in CSS pixels (16 cm wide on the A4 page at 96 dpi). */
export const CHART_SIZE = { width: 600, height: 350 } as const;

/** Colours that stay distinct in grey print: dark blue, orange, green, light grey. */
const PALETTE = ['#1f4e79', '#c55a11', '#548235', '#a5a5a5'];
/** Stacked parts: done in dark blue, missing in light grey. */
const STACKED = ['#1f4e79', '#a5a5a5'];

export function barChartSvg(chart: BarChart, size = CHART_SIZE): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    instance.setOption({
      animation: false,
      color: chart.stacked ? STACKED : PALETTE,
      textStyle: { fontFamily: 'Times New Roman, Liberation Serif, DejaVu Serif, serif' },
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 15 } },
      legend: { bottom: 0, itemGap: 14, textStyle: { fontSize: 12 } },
      grid: { left: 56, right: 16, top: 48, bottom: 92 },
      xAxis: {
        type: 'category',
        data: chart.categories,
        // Narrower than a category: the estimate ECharts makes without a canvas runs short of the real font.
        axisLabel: {
          interval: 0,
          fontSize: 11,
          width: Math.floor(460 / chart.categories.length) - 8,
          overflow: 'break',
        },
      },
      yAxis: {
        type: 'value',
        name: chart.yAxisName,
        nameLocation: 'middle',
        nameGap: 36,
        minInterval: 1,
        nameTextStyle: { fontSize: 12 },
      },
      series: chart.series.map((s) => ({
        name: s.name,
        type: 'bar',
        data: s.values,
        label: {
          show: true,
          position: chart.stacked ? 'inside' : 'top',
          fontSize: 11,
          // A zero part of a stack has no bar to label.
          formatter: (p: { value: unknown }) => (p.value === 0 && chart.stacked ? '' : String(p.value)),
        },
        ...(chart.stacked ? { stack: 'all' } : {}),
      })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
