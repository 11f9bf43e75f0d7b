/**
 * What a reply calls a product. Marketplace titles are written for search ("2024新款加厚珊瑚绒
 * 睡衣女冬季套装可外穿 包邮"), and a reply that repeats one reads like spam. The seller's short
 * name wins; otherwise the title is trimmed: bracketed tags, years, promotion words and
 * everything after the first few words go, which leaves the noun phrase sellers lead with.
 */

const BRACKETED = /【[^】]*】|\[[^\]]*\]|（[^）]*）|\([^)]*\)|「[^」]*」/g;
const ZH_FILLER =
  /20\d\d年?|新款|爆款|热卖|特价|现货|包邮|正品|官方|旗舰店?|网红|同款|ins风?|秋冬|春夏|春秋|冬季|夏季|秋季|春季|男女|女士|男士|女款|男款|女式|男式|可外穿|专柜|清仓|促销|限时|[一-龥]{0,2}代发/g;
const EN_FILLER = /\b(20\d\d|new|hot|sale|free shipping|official|authentic|genuine|best|premium)\b/gi;
const MAX_ZH = 10;
const MAX_EN_WORDS = 5;

export function shortProductName(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const cleaned = title.replace(BRACKETED, ' ').trim();
  if (/\p{Script=Han}/u.test(cleaned)) {
    const segments = cleaned
      .replace(ZH_FILLER, ' ')
      .split(/[\s,，、|/+·。!！]+/)
      .map((s) => s.replace(/^[^\p{Script=Han}A-Za-z0-9]+|[^\p{Script=Han}A-Za-z0-9]+$/gu, ''))
      .filter((s) => /\p{Script=Han}{2,}/u.test(s));
    // The first real segment names the product; a long one is cut, since its tail is keywords.
    const first = segments[0];
    if (!first) return undefined;
    return first.length > MAX_ZH ? first.slice(0, MAX_ZH) : first;
  }
  const head = cleaned.split(/\s[-–—|,]\s|[|,(]/)[0] ?? cleaned;
  const words = head.replace(EN_FILLER, ' ').split(/\s+/).filter(Boolean).slice(0, MAX_EN_WORDS);
  return words.length > 0 ? words.join(' ') : undefined;
}
