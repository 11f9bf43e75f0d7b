/**
 * A tiny weekly trend line for a table cell (SVG: 150 rows do not need 150 chart instances).
 * A first or last week that holds only some of its days (weekLabel in format.ts) is joined by
 * a dashed segment: the current week is nearly always one, and a solid line falling into it
 * would read as problems going down.
 */
export function Sparkline({ values, label, partialFirst = false, partialLast = false }: { values: number[]; label: string; partialFirst?: boolean; partialLast?: boolean }) {
  const width = 84;
  const height = 20;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 1 - (v / max) * (height - 2)).toFixed(1)}`);
  const dashFirst = partialFirst && points.length > 1;
  const dashLast = partialLast && points.length > (dashFirst ? 2 : 1);
  const solid = points.slice(dashFirst ? 1 : 0, dashLast ? -1 : undefined);
  const segment = (from: string, to: string, edge: 'first' | 'last') => (
    <polyline points={`${from} ${to}`} fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2 2" data-partial={edge} />
  );
  return (
    <svg className="insights-sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {solid.length > 1 && <polyline points={solid.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" />}
      {dashFirst && segment(points[0]!, points[1]!, 'first')}
      {dashLast && segment(points.at(-2)!, points.at(-1)!, 'last')}
    </svg>
  );
}
