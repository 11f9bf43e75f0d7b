/**
 * The insights event log (lib/insights/contract.ts) as a sheet: one row per event, headers in
 * the UI language. The same headers and rows go into the CSV export and the workbook's sheet,
 * so both say the same; each writer applies its own formula guard (csv-format.ts).
 *
 * Cells are plain values: text for names, numbers for prices, '' for what the event does not
 * hold (no message text unless the seller kept it, no price unless a deal closed with one).
 */
import type { Template } from '../db/schemas';
import type { Locale } from '../i18n/localized';
import { MESSAGES, type MessageKey } from '../i18n/messages';
import type { InsightEvent, InsightOutcome, InsightProduct } from '../insights/contract';
import { getSituation, isSituationId, type SituationId } from '../situations/taxonomy';
import { platformName } from './platform-names';
import { sheetDateTimeFormatter } from './sheet-time';

export const INSIGHT_COLUMNS = [
  'time',
  'day',
  'platform',
  'buyer',
  'productId',
  'productName',
  'situations',
  'corrected',
  'opensConversation',
  'scripts',
  'decision',
  'decidedAt',
  'listPrice',
  'finalPrice',
  'cause',
  'postage',
  'demo',
  'text',
] as const;
export type InsightColumn = (typeof INSIGHT_COLUMNS)[number];

/** Columns whose text comes from the marketplace page or the seller (kept as text in a workbook). */
export const INSIGHT_TEXT_COLUMNS: readonly InsightColumn[] = ['buyer', 'productId', 'productName', 'scripts', 'text'];

export type InsightCell = string | number;

export interface InsightSheetOptions {
  locale: Locale;
  /** Times are shown in the shop's time zone (settings.policy.timeZone), as the shop day is. */
  timeZone: string;
}

/** What names the ids in an event: product names as last seen and the script titles. */
export interface InsightNames {
  products: readonly Pick<InsightProduct, 'key' | 'name'>[];
  templates: readonly Pick<Template, 'id' | 'title'>[];
}

/** List separators sellers read naturally in each language. */
const JOINER: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

export function insightHeaders(locale: Locale): string[] {
  const messages = MESSAGES[locale];
  return INSIGHT_COLUMNS.map((column) => messages[`insightSheetCol_${column}`]);
}

/**
 * A function from an event to its row, with the names and the formatter made once: an export
 * calls it up to a million times.
 */
export function insightRowBuilder(names: InsightNames, options: InsightSheetOptions): (event: InsightEvent) => InsightCell[] {
  const { locale } = options;
  const messages = MESSAGES[locale];
  const joiner = JOINER[locale];
  const yes = messages.insightSheetYes;
  const dateTime = sheetDateTimeFormatter(options.timeZone);
  const productNames = new Map(names.products.map((p) => [p.key, p.name]));
  const scriptTitles = new Map(names.templates.map((t) => [t.id, t.title]));
  const situation = (id: SituationId) => (isSituationId(id) ? getSituation(id).name[locale] : id);

  return (event) => {
    const decision = event.outcomes.find((o): o is Extract<InsightOutcome, { kind: 'decision' }> => o.kind === 'decision');
    const scripts = event.outcomes.flatMap((o) => (o.kind === 'script' ? [scriptTitles.get(o.scriptId) ?? o.scriptId] : []));
    const row: Record<InsightColumn, InsightCell> = {
      time: dateTime(event.at),
      day: event.day,
      platform: platformName(event.platform, locale),
      buyer: event.buyerKey,
      productId: event.productKey,
      // The name the page showed with this message; else the name the product was last seen with.
      productName: event.productName ?? productNames.get(`${event.platform}|${event.productKey}`) ?? '',
      situations: event.situations.map(situation).join(joiner),
      corrected: event.corrected ? yes : '',
      opensConversation: event.opensConversation ? yes : '',
      scripts: scripts.join(joiner),
      decision: decision ? messages[`insightsDecision_${decision.decision}` satisfies MessageKey] : '',
      decidedAt: decision ? dateTime(decision.at) : '',
      listPrice: decision?.listPrice ?? '',
      finalPrice: decision?.finalPrice ?? '',
      cause: decision?.cause ? situation(decision.cause) : '',
      postage: decision?.postage ? messages[`insightsPayer_${decision.postage}`] : '',
      demo: event.demo === 1 ? yes : '',
      text: event.text ?? '',
    };
    return INSIGHT_COLUMNS.map((column) => row[column]);
  };
}
