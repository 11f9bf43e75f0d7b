/**
 * Demo data for the Insights page (`npm start`): a few months of plausible handled messages
 * across five products and four marketplaces — questions, haggles closed and lost, damaged
 * parcels, sizes that did not fit, returns with their cause and who paid the postage. Every
 * event is marked `demo: 1` and written through the same log functions as the sidebar's, so
 * the counters are right and "erase demo data" removes exactly these.
 *
 * Deterministic from `seed`: the same seed and `now` give the same log. Reached only through
 * the background's test hooks (the demo script calls it); nothing in the extension's pages
 * does.
 */
import type { SellerDb } from '../db/database';
import type { Platform } from '../db/schemas';
import type { SituationId } from '../situations/taxonomy';
import type { DecisionKind, InsightOutcome, PostagePayer } from './contract';
import { addEventOutcome, countDemoEvents, insightTables, logHandledMessage, setEventSituations } from './event-log';

interface DemoProduct {
  key: string;
  name: string;
  price: number;
  /** The after-sales problem this product suffers from, and how often (per message). */
  problem: SituationId;
  problemRate: number;
}

const PRODUCTS: readonly DemoProduct[] = [
  { key: 'demo-cup', name: '玻璃保温杯 350ml', price: 39.9, problem: 'damaged', problemRate: 0.22 },
  { key: 'demo-tee', name: '纯棉短袖T恤', price: 59, problem: 'size_fit', problemRate: 0.18 },
  { key: 'demo-humidifier', name: '迷你加湿器', price: 89, problem: 'quality_issue', problemRate: 0.12 },
  { key: 'demo-socks', name: '棉袜 5 双装', price: 25.9, problem: 'missing_item', problemRate: 0.06 },
  { key: 'demo-case', name: '手机壳 磨砂款', price: 19.9, problem: 'wrong_item', problemRate: 0.05 },
];

const PLATFORMS: readonly [Platform, number][] = [
  ['pinduoduo', 0.5],
  ['douyin', 0.25],
  ['jd', 0.15],
  ['taobao', 0.1],
];

const ASKING: readonly SituationId[] = ['product_info', 'ship_time', 'logistics', 'free_shipping', 'greeting', 'invoice', 'received_ok', 'review'];

/** A small seeded generator (mulberry32): the demo must look the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DemoSeedOptions {
  timeZone: string;
  now?: number;
  days?: number;
  seed?: number;
}

/** Fill the demo log unless there already is one; returns how many events were written. */
export async function seedDemoInsights(db: SellerDb, options: DemoSeedOptions): Promise<number> {
  if ((await countDemoEvents(db)) > 0) return 0;
  const now = options.now ?? Date.now();
  const days = options.days ?? 120;
  const next = random(options.seed ?? 20261204);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const platformOf = () => {
    let r = next();
    for (const [platform, share] of PLATFORMS) if ((r -= share) < 0) return platform;
    return PLATFORMS[0]![0];
  };
  const write = { timeZone: options.timeZone, keepMessageText: false };
  let written = 0;
  // One transaction for the whole seed: the log functions join it, and it is all or nothing.
  await db.transaction('rw', insightTables(db), async () => {
    for (let day = days; day >= 0; day--) {
      // More buyers lately (the shop is growing), fewer at weekends' early hours: a gentle trend.
      const perDay = 6 + Math.floor(next() * 6) + Math.floor(((days - day) / days) * 6);
      for (let i = 0; i < perDay; i++) {
        const at = now - day * 86_400_000 - Math.floor(next() * 12 * 3_600_000);
        if (at > now) continue;
        const product = pick(PRODUCTS);
        const platform = platformOf();
        const buyerKey = `${platform}:demo-buyer-${Math.floor(next() * 400)}`;
        const messageKey = `${buyerKey}#demo-${day}-${i}`;
        const r = next();
        let situations: SituationId[];
        let outcome: InsightOutcome | undefined;
        let correctTo: SituationId | undefined;
        if (r < product.problemRate) {
          situations = [product.problem];
          outcome = afterSale(product, next, at);
          // Now and then the classifier said "quality" for a size problem and the seller corrected it.
          if (product.problem === 'size_fit' && next() < 0.2) {
            situations = ['quality_issue'];
            correctTo = 'size_fit';
          }
        } else if (r < product.problemRate + 0.25) {
          situations = next() < 0.3 ? ['haggle', 'free_shipping'] : ['haggle'];
          outcome = haggle(product, next, at);
        } else if (r < product.problemRate + 0.32) {
          situations = [pick(['return_request', 'refund'] as const)];
          outcome = noReasonReturn(next, at);
        } else {
          situations = [pick(ASKING)];
        }
        await logHandledMessage(
          db,
          { at, platform, buyerKey, messageKey, productKey: product.key, productName: product.name, situations, demo: true },
          write,
        );
        if (correctTo) await setEventSituations(db, messageKey, [correctTo]);
        if (outcome) await addEventOutcome(db, messageKey, outcome);
        written++;
      }
    }
  });
  return written;
}

function afterSale(product: DemoProduct, next: () => number, at: number): InsightOutcome | undefined {
  const r = next();
  if (r < 0.15) return undefined;
  const decision: DecisionKind = product.problem === 'size_fit' ? (r < 0.6 ? 'exchange' : 'return') : product.problem === 'missing_item' || product.problem === 'wrong_item' ? 'resend' : r < 0.45 ? 'refund' : r < 0.7 ? 'return' : r < 0.85 ? 'compensation' : 'resend';
  const returning = decision === 'exchange' || decision === 'return';
  // A fault is the shop's: it pays the way back; a size that did not fit, the buyer or 运费险.
  const postage: PostagePayer | undefined = !returning ? undefined : product.problem === 'size_fit' ? (next() < 0.5 ? 'insurance' : 'buyer') : 'seller';
  return { kind: 'decision', decision, at: at + 60_000, cause: product.problem, ...(postage ? { postage } : {}) };
}

function haggle(product: DemoProduct, next: () => number, at: number): InsightOutcome | undefined {
  const r = next();
  if (r < 0.3) return undefined;
  if (r < 0.5) return { kind: 'decision', decision: 'deal_lost', at: at + 120_000 };
  const off = 0.85 + Math.floor(next() * 10) / 100;
  return { kind: 'decision', decision: 'price_accepted', at: at + 120_000, listPrice: product.price, finalPrice: Math.round(product.price * off * 10) / 10 };
}

function noReasonReturn(next: () => number, at: number): InsightOutcome | undefined {
  if (next() < 0.3) return undefined;
  return { kind: 'decision', decision: 'return', at: at + 60_000, cause: 'return_request', postage: next() < 0.4 ? 'insurance' : 'buyer' };
}
