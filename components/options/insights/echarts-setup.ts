/**
 * The only module that imports ECharts. Loaded with import() by the Insights page alone, so
 * the options page's other views, the popup and the sidebar never download it. Tree-shaken
 * through `echarts/core`: only the chart types and components the page draws, and the canvas
 * renderer (canvas gives the PNG export for free).
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
// `use` renamed: the React hooks lint rule takes any top-level call named `use` for React's.
import { init, use as registerParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerParts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
