/**
 * Daily insight counters equivalent to a year of logged buyer messages, made directly (the
 * event log is not needed to time the page, which reads counters only): ~2,740 messages a
 * day over 150 products on three platforms, a realistic situation mix, haggles that close or
 * are lost, returns with their causes and postage payers, follow-ups done on time, late or
 * skipped. Deterministic for a seed.
 */
import type { Platform, TaskKind } from '../../lib/db/schemas';
import { counterKey, metric, type Day, type InsightCounter, type InsightProduct } from '../../lib/insights/contract';
import { addDays } from '../../lib/insights/days';
import type { SituationId } from '../../lib/situations/taxonomy';
import { seededRandom } from './scale-archive';

/** Share of buyer messages per situation (sums to 1). */
const SITUATION_MIX: [SituationId, number][] = [
  ['product_info', 0.17], ['logistics', 0.13], ['ship_time', 0.09], ['haggle', 0.1], ['greeting', 0.08],
  ['free_shipping', 0.05], ['size_fit', 0.04], ['quality_issue', 0.04], ['damaged', 0.02], ['missing_item', 0.015],
  ['wrong_item', 0.01], ['return_request', 0.04], ['refund', 0.03], ['received_ok', 0.04], ['review', 0.03],
  ['payment', 0.03], ['order_change', 0.025], ['invoice', 0.01], ['authenticity', 0.02], ['gift', 0.02],
  ['price_drop', 0.02], ['complaint', 0.01], ['bad_review', 0.01], ['other', 0.03],
];
const PROBLEMS = new Set<SituationId>(['size_fit', 'quality_issue', 'damaged', 'missing_item', 'wrong_item']);
const PLATFORM_SHARE: [Platform, number][] = [['pinduoduo', 0.5], ['douyin', 0.3], ['jd', 0.2]];
const FOLLOW_UP_KINDS: TaskKind[] = ['shipping_notice', 'arrival_check', 'signoff_followup', 'review_reminder', 'return_tracking'];

export interface CounterSet {
  counters: InsightCounter[];
  products: InsightProduct[];
  messages: number;
}

export function makeInsightCounters(options: { today: Day; days?: number; messagesPerDay?: number; productCount?: number; seed?: number }): CounterSet {
  const { today, days = 365, messagesPerDay = 2740, productCount = 150, seed = 15 } = options;
  const random = seededRandom(seed);
  // Random rounding keeps the expected totals exact over many days.
  const round = (x: number) => Math.floor(x + random());
  const products = Array.from({ length: productCount }, (_, i) => {
    let pick = random();
    const platform = PLATFORM_SHARE.find(([, share]) => (pick -= share) < 0)?.[0] ?? 'pinduoduo';
    return {
      platform,
      productKey: String(600_000_000 + i * 7919),
      name: `商品${i + 1}号`,
      weight: 1 / Math.pow(i + 1, 0.8),
      // Some products are much worse than others: that is what the page is for.
      problemFactor: 0.3 + random() * random() * 4,
      listPrice: 20 + Math.round(random() * 280),
    };
  });
  const weightSum = products.reduce((n, p) => n + p.weight, 0);
  const counters: InsightCounter[] = [];
  let messages = 0;
  const add = (day: Day, platform: Platform, productKey: string, name: string, count: number, sum?: number) => {
    if (count <= 0) return;
    counters.push({ key: counterKey(day, platform, productKey, name), day, platform, productKey, metric: name, count, ...(sum === undefined ? {} : { sum }) });
  };
  for (let d = days - 1; d >= 0; d -= 1) {
    const day = addDays(today, -d);
    const dayVolume = messagesPerDay * (0.8 + 0.4 * random());
    for (const p of products) {
      const m = round((dayVolume * p.weight) / weightSum);
      if (m === 0) continue;
      messages += m;
      add(day, p.platform, p.productKey, metric.messages, m);
      add(day, p.platform, p.productKey, metric.conversations, Math.max(1, round(m / 2.6)));
      const counts = new Map<SituationId, number>();
      for (const [id, share] of SITUATION_MIX) {
        const c = round(m * share * (PROBLEMS.has(id) ? p.problemFactor : 1));
        if (c > 0) counts.set(id, c);
        add(day, p.platform, p.productKey, metric.situation(id), c);
      }
      const haggles = counts.get('haggle') ?? 0;
      const accepted = round(haggles * 0.35);
      add(day, p.platform, p.productKey, metric.decision('price_accepted'), accepted);
      add(day, p.platform, p.productKey, metric.decision('deal_lost'), round(haggles * 0.25));
      add(day, p.platform, p.productKey, metric.listPrice, accepted, accepted * p.listPrice);
      add(day, p.platform, p.productKey, metric.finalPrice, accepted, Math.round(accepted * p.listPrice * 0.92 * 100) / 100);
      let returns = 0;
      for (const cause of PROBLEMS) {
        const c = round((counts.get(cause) ?? 0) * 0.4);
        returns += c;
        add(day, p.platform, p.productKey, metric.cause(cause), c);
      }
      if (returns > 0) {
        const seller = round(returns * 0.6);
        const insurance = round((returns - seller) * 0.5);
        add(day, p.platform, p.productKey, metric.postage('seller'), seller);
        add(day, p.platform, p.productKey, metric.postage('insurance'), insurance);
        add(day, p.platform, p.productKey, metric.postage('buyer'), returns - seller - insurance);
        add(day, p.platform, p.productKey, metric.decision('return'), round(returns * 0.5));
        add(day, p.platform, p.productKey, metric.decision('exchange'), round(returns * 0.3));
        add(day, p.platform, p.productKey, metric.decision('refund'), round(returns * 0.2));
      }
    }
    // Follow-ups are counted per platform (no product).
    for (const [platform, share] of PLATFORM_SHARE) {
      for (const kind of FOLLOW_UP_KINDS) {
        const n = round((dayVolume / 40) * share);
        add(day, platform, '', metric.followUp(kind, 'on_time'), round(n * 0.7));
        add(day, platform, '', metric.followUp(kind, 'late'), round(n * 0.2));
        add(day, platform, '', metric.followUp(kind, 'skipped'), round(n * 0.1));
      }
    }
  }
  return {
    counters,
    messages,
    products: products.map((p) => ({ key: `${p.platform}|${p.productKey}`, platform: p.platform, productKey: p.productKey, name: p.name, lastSeen: 0 })),
  };
}
