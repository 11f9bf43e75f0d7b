/**
 * ECharts options for each Insights chart, built from a view and already translated labels.
 * Plain objects (type-only import), so this file does not pull ECharts into the page bundle.
 */
import type { EChartsCoreOption } from 'echarts/core';

const GRID = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
const LEGEND = { top: 0, type: 'scroll' };

/** Stacked horizontal bars: one bar per category (first at the top), one series per part. */
export function stackedBarsOption(categories: string[], parts: { name: string; values: number[] }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: [...categories].reverse(), axisLabel: { width: 140, overflow: 'truncate' } },
    series: parts.map((part) => ({ name: part.name, type: 'bar', stack: 'total', data: [...part.values].reverse() })),
  };
}

/** Lines over weeks, one per series. */
export function weeklyLinesOption(weeks: string[], series: { name: string; values: number[] }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'category', data: weeks, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ name: s.name, type: 'line', data: s.values, showSymbol: weeks.length <= 20 })),
  };
}

/** Bars of closed and lost deals per week, with the number of haggling messages as a line. */
export function haggleOption(weeks: string[], labels: { haggles: string; accepted: string; lost: string }, data: { haggles: number[]; accepted: number[]; lost: number[] }): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.accepted, type: 'bar', stack: 'deals', data: data.accepted, itemStyle: { color: '#2e9d57' } },
      { name: labels.lost, type: 'bar', stack: 'deals', data: data.lost, itemStyle: { color: '#d9534f' } },
      { name: labels.haggles, type: 'line', data: data.haggles, itemStyle: { color: '#3370ff' }, showSymbol: weeks.length <= 20 },
    ],
  };
}

/** Causes as bars on the left, who paid the postage as a ring on the right. */
export function returnsOption(causes: { name: string; value: number }[], postage: { name: string; value: number }[], postageTitle: string): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: '45%', top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: causes.map((c) => c.name).reverse() },
    series: [
      { type: 'bar', data: causes.map((c) => c.value).reverse(), itemStyle: { color: '#e4393c' } },
      {
        name: postageTitle,
        type: 'pie',
        radius: ['35%', '60%'],
        center: ['78%', '55%'],
        data: postage.filter((p) => p.value > 0),
        label: { formatter: '{b}\n{c}' },
      },
    ],
  };
}
