/** Hand-written counter rows for the insights view tests. */
import type { Platform } from '../../../lib/db/schemas';
import { counterKey, type InsightCounter } from '../../../lib/insights/contract';

export function counter(day: string, platform: Platform, productKey: string, metricName: string, count: number, extra: Partial<InsightCounter> = {}): InsightCounter {
  return { key: counterKey(day, platform, productKey, metricName), day, platform, productKey, metric: metricName, count, ...extra };
}
