/**
 * Parses the Chinese numerals buyers type for prices and quantities ("两件", "一百五",
 * "三十块", "1千2"). Enough for amounts up to the tens of thousands; anything it cannot
 * read returns undefined rather than a guess.
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

export const CHINESE_NUMBER_CHARS = '零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万';

export function parseChineseNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let section = 0;
  let current: number | undefined;
  let lastUnit = 0;
  let sawZero = false;
  for (const ch of text) {
    const digit = DIGITS[ch] ?? (ch >= '0' && ch <= '9' ? Number(ch) : undefined);
    if (digit !== undefined) {
      if (digit === 0) sawZero = true;
      current = current === undefined ? digit : current * 10 + digit;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return undefined;
    if (unit === 10000) {
      section = (section + (current ?? 0)) * unit;
      total += section;
      section = 0;
    } else {
      // "十五" starts with the unit: an implied one.
      section += (current ?? 1) * unit;
    }
    lastUnit = unit;
    current = undefined;
  }
  if (current !== undefined) {
    // "一百五" means 150, "两千三" 2300: a trailing single digit counts one unit below the last.
    const implied = !sawZero && lastUnit >= 100 && lastUnit < 10000 && current < 10 ? current * (lastUnit / 10) : current;
    section += implied;
  }
  return total + section;
}
