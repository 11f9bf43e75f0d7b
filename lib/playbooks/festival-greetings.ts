/**
 * Festival greetings. A task per customer per festival would write 100,000 records for a large
 * archive each holiday and bury the seller's real follow-ups, so nothing is stored: on a
 * festival day `festivalDigest` picks the customers worth greeting (those who bought recently,
 * newest first, capped) for the popup's today tab to show as one entry, and the greeting is
 * also suggested in a chat that is only saying hello or thanks that day.
 *
 * Lunar festivals move every year; their dates are listed for 2025–2030 (a dated table is
 * simpler and safer than a lunar calendar in the extension). Outside those years only the
 * fixed-date festivals apply.
 */
import type { Localized } from '../i18n/localized';
import { localDate } from './local-time';
import { buyerSpokeLast, lastBuyerText } from './conversation-cues';
import type { FlowConversation, FlowPlaybook, FlowVerdict } from './flow-types';

export interface Festival {
  id: string;
  name: Localized;
}

const F = (id: string, zh: string, en: string): Festival => ({ id, name: { 'zh-CN': zh, en } });
const SPRING = F('spring_festival', '春节', 'Lunar New Year');
const LANTERN = F('lantern_festival', '元宵节', 'the Lantern Festival');
const DRAGON_BOAT = F('dragon_boat', '端午节', 'the Dragon Boat Festival');
const MID_AUTUMN = F('mid_autumn', '中秋节', 'the Mid-Autumn Festival');
const NEW_YEAR = F('new_year', '元旦', 'New Year');
const LABOUR_DAY = F('labour_day', '劳动节', 'Labour Day');
const NATIONAL_DAY = F('national_day', '国庆节', 'National Day');
const CHRISTMAS = F('christmas', '圣诞节', 'Christmas');
const THANKSGIVING = F('thanksgiving', '感恩节', 'Thanksgiving');

/** month-day of the lunar festivals, by Gregorian year. */
const LUNAR: Readonly<Record<number, ReadonlyArray<readonly [Festival, string]>>> = {
  2025: [[SPRING, '01-29'], [LANTERN, '02-12'], [DRAGON_BOAT, '05-31'], [MID_AUTUMN, '10-06']],
  2026: [[SPRING, '02-17'], [LANTERN, '03-03'], [DRAGON_BOAT, '06-19'], [MID_AUTUMN, '09-25']],
  2027: [[SPRING, '02-06'], [LANTERN, '02-20'], [DRAGON_BOAT, '06-09'], [MID_AUTUMN, '09-15']],
  2028: [[SPRING, '01-26'], [LANTERN, '02-09'], [DRAGON_BOAT, '05-28'], [MID_AUTUMN, '10-03']],
  2029: [[SPRING, '02-13'], [LANTERN, '02-27'], [DRAGON_BOAT, '06-16'], [MID_AUTUMN, '09-22']],
  2030: [[SPRING, '02-03'], [LANTERN, '02-17'], [DRAGON_BOAT, '06-05'], [MID_AUTUMN, '09-12']],
};

const CHINESE_MARKETS = new Set(['pinduoduo', 'douyin', 'jd', 'taobao', 'weidian', '1688']);
const WESTERN_MARKETS = new Set(['amazon', 'ebay', 'etsy', 'shopify']);

const pad = (n: number) => String(n).padStart(2, '0');

/** The fourth Thursday of November. */
function thanksgivingDay(year: number): number {
  const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - firstWeekday + 7) % 7);
  return firstThursday + 21;
}

/** The festival the shop's buyers celebrate on this local date, if any. */
export function festivalOn(now: number, timeZone: string, platform: string): Festival | undefined {
  const { year, month, day } = localDate(now, timeZone);
  const md = `${pad(month)}-${pad(day)}`;
  const chinese = CHINESE_MARKETS.has(platform) || platform === 'other';
  const western = WESTERN_MARKETS.has(platform);
  // Shopee's markets (South-East Asia, Taiwan) keep both Lunar New Year and Christmas.
  const lunar = LUNAR[year] ?? [];
  if (!western) {
    const found = lunar.find(([f, date]) => date === md && (chinese || f === SPRING));
    if (found) return found[0];
  }
  if (md === '01-01') return NEW_YEAR;
  if (chinese && md === '05-01') return LABOUR_DAY;
  if (chinese && md === '10-01') return NATIONAL_DAY;
  if (!chinese && md === '12-25') return CHRISTMAS;
  if (western && month === 11 && day === thanksgivingDay(year)) return THANKSGIVING;
  return undefined;
}

export interface GreetingCandidate {
  customerId: string;
  /** Epoch ms of the customer's latest order. */
  lastOrderAt: number;
  /** The marketplace the customer buys on: it decides which festival they keep. */
  platform: string;
}

export interface FestivalDigest {
  festival: Festival;
  /** Newest buyers first, at most `limit`. */
  customerIds: string[];
  /** How many recent buyers keep this festival, before the cap. */
  eligible: number;
}

/** Some marketplace's buyers keep a festival today: worth reading the archive for. */
export function anyFestivalOn(now: number, timeZone: string, platforms: readonly string[]): boolean {
  return platforms.some((p) => festivalOn(now, timeZone, p) !== undefined);
}

/**
 * Who to greet today, one entry per festival: buyers with an order in the last `recentDays`
 * whose marketplace keeps a festival today, newest first, at most `limit` each (a seller greets
 * by hand; a few hundred is a long afternoon already).
 */
export function festivalDigest(input: {
  now: number;
  timeZone: string;
  candidates: Iterable<GreetingCandidate>;
  recentDays?: number;
  limit?: number;
}): FestivalDigest[] {
  const since = input.now - (input.recentDays ?? 180) * 86_400_000;
  const byFestival = new Map<string, { festival: Festival; recent: GreetingCandidate[] }>();
  const festivalOf = new Map<string, Festival | undefined>();
  for (const c of input.candidates) {
    if (c.lastOrderAt < since || c.lastOrderAt > input.now) continue;
    if (!festivalOf.has(c.platform)) festivalOf.set(c.platform, festivalOn(input.now, input.timeZone, c.platform));
    const festival = festivalOf.get(c.platform);
    if (!festival) continue;
    const group = byFestival.get(festival.id) ?? { festival, recent: [] };
    group.recent.push(c);
    byFestival.set(festival.id, group);
  }
  return [...byFestival.values()].map(({ festival, recent }) => {
    recent.sort((a, b) => b.lastOrderAt - a.lastOrderAt || a.customerId.localeCompare(b.customerId));
    return { festival, customerIds: recent.slice(0, input.limit ?? 200).map((c) => c.customerId), eligible: recent.length };
  });
}

/** Greetings and thanks only ("收到了，谢谢", "Got it, thanks!"): nothing else waiting for an answer. */
const SMALL_TALK_PART = /^(在吗|在不在|你好|您好|哈喽|嗨|谢谢(啦|你|您)?|多谢|感谢|收到(了|啦)?|好的|好滴|嗯嗯?|hi|hello|hey|thanks|thank you|got it|ok(ay)?|received( it)?)$/i;

function smallTalk(text: string): boolean {
  const parts = text.split(/[\s,，.。!！~～、]+/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => SMALL_TALK_PART.test(p));
}

export function decideFestivalGreeting(c: FlowConversation): FlowVerdict | null {
  const festival = festivalOn(c.now, c.settings.policy.timeZone, c.platform);
  if (!festival || !buyerSpokeLast(c)) return null;
  const text = (lastBuyerText(c) ?? '').trim();
  if (!smallTalk(text)) return null;
  return {
    id: 'festival_greeting',
    case: festival.id,
    decision: 'greet',
    advice: {
      'zh-CN': `今天是${festival.name['zh-CN']}：回复时顺便送上节日问候，只问候，不推销。`,
      en: `Today is ${festival.name.en}: add holiday wishes to your reply; just the wishes, no sales pitch.`,
    },
    replyGroups: ['lifecycle.festival_greeting'],
    values: { festival: festival.name },
    tasks: [],
  };
}

export const festivalGreetingPlaybook: FlowPlaybook = { id: 'festival_greeting', decide: decideFestivalGreeting };
