// The start-up peer of the screen bench: a page with one ECharts chart, written the way most
// pages use ECharts (the whole library, one init, one setOption), built by Vite for production.
// It sets data-chart-finished on <html> when the chart says it has finished drawing.
import * as echarts from 'echarts';

const el = document.getElementById('chart') as HTMLDivElement;
const chart = echarts.init(el, undefined, { renderer: 'canvas' });
chart.on('finished', () => {
  document.documentElement.dataset.chartFinished = 'true';
});
const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
chart.setOption({
  title: { text: '信访总量', textStyle: { color: '#dbe7ff' } },
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'category', data: months },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: months.map((_, i) => 80 + ((i * 37) % 50)), smooth: true }],
});
