/**
 * One ECharts chart. The library is fetched on first use (see echarts-setup.ts); the chart is
 * an image for sighted users, with an aria-label saying what it shows, and the card's table is
 * its accessible view. `data-chart-ready` is set once the first frame is drawn (the e2e test
 * and the benchmark wait for it), and `onDrawn` is called then (or when the library failed to
 * load: nothing more will be drawn).
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

type Setup = typeof import('./echarts-setup');
let setupPromise: Promise<Setup> | undefined;

/** Start fetching the chart library (the page calls this while it reads the counters). */
export function preloadCharts(): Promise<Setup> {
  setupPromise ??= import('./echarts-setup');
  return setupPromise;
}

export interface EChartHandle {
  /** The chart as a PNG data URL, on the page's background colour. */
  toPng(): string | undefined;
}

interface Props {
  option: EChartsCoreOption;
  dark: boolean;
  ariaLabel: string;
  testId: string;
  height?: number;
  onDrawn?: () => void;
}

export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, dark, ariaLabel, testId, height = 280, onDrawn }, ref) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const [setup, setSetup] = useState<Setup | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // Read through a ref so a new callback does not set the option again.
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;

  useEffect(() => {
    let live = true;
    preloadCharts().then(
      (loaded) => live && setSetup(loaded),
      () => {
        if (!live) return;
        setFailed(true);
        drawn.current?.();
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // A theme change needs a new instance (ECharts themes are fixed at init).
  useEffect(() => {
    const host = element.current;
    if (!setup || !host) return;
    const instance = setup.init(host, dark ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    const onResize = () => instance.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      instance.dispose();
      chart.current = undefined;
      delete host.dataset.chartReady;
    };
  }, [setup, dark]);

  useEffect(() => {
    const instance = chart.current;
    const host = element.current;
    if (!instance || !host) return;
    delete host.dataset.chartReady;
    instance.off('rendered');
    instance.on('rendered', () => {
      host.dataset.chartReady = 'true';
      instance.off('rendered');
      drawn.current?.();
    });
    instance.setOption({ animation: false, backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [option, setup, dark]);

  useImperativeHandle(ref, () => ({
    toPng() {
      const background = getComputedStyle(document.documentElement).getPropertyValue('--bg-card').trim() || '#ffffff';
      return chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    },
  }));

  return (
    <div className="insights-chart" role="img" aria-label={ariaLabel} data-testid={testId} style={{ height }} ref={element}>
      {failed ? <span className="muted small">✕</span> : null}
    </div>
  );
});
