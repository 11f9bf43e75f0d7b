/**
 * Paying a buyer to withdraw a complaint, a platform intervention or a 12315 report. Asking a
 * buyer to withdraw a complaint once the problem is solved is good practice; paying for it is
 * buying silence, and platforms punish it like a bribe for reviews.
 */
import { between, clauseBreaks, cues, isDisclaimed } from './context.ts';
import type { RawMatch, RuleDetector } from './rule-kit.ts';

const WITHDRAW =
  /(?:撤销|撤回|撤掉|撤了|撤下|取消|关闭|撤)(?:一下|掉|了)?(?:这个|那个|您的|你的)?(?:12315的?)?(?:投诉|举报|维权|平台介入|介入|申诉|纠纷|仲裁|工单)|(?:投诉|举报|维权|介入|纠纷|工单|申诉)[^。!?]{0,3}(?:撤|关|取消)(?:了|掉|销|回|闭)?|撤诉|\b(?:withdraw|cancel|close|drop|retract|remove)\b[^.!?\n]{0,20}\b(?:complaint|claim|case|dispute|a-to-z|chargeback|report)\b/g;
const MONEY =
  /补偿|赔(?:偿|付|你|您)?|红包|现金|(?:\d+|[一二两三四五六七八九十百]+)(?:元|块)|返(?:您|你)|转(?:给)?(?:你|您)|(?:给|帮)(?:你|您)转|转\d+|额外|好处|(?:给|送|发)(?:你|您)(?:钱|\d)|\bpay you\b|\bsend you\b|\bcompensat\w*|(?:\$|£|€|rm ?)\s?\d+|\bextra\b|\bbonus\b|\bcash\b/g;

function detect(text: string): RawMatch[] {
  const hits: RawMatch[] = [];
  const money = cues(text, MONEY);
  for (const w of cues(text, WITHDRAW)) {
    if (isDisclaimed(text, w.start, w.end)) continue;
    for (const m of money) {
      const gap = between(text, w, m);
      // English spends more characters on the same link ("the case, I'll refund you an extra").
      const reach = /[a-z]/.test(w.text) ? 40 : 20;
      if (gap.length <= reach && clauseBreaks(gap) <= 2 && !isDisclaimed(text, m.start, m.end)) {
        hits.push({ start: Math.min(w.start, m.start), end: Math.max(w.end, m.end) });
      }
    }
  }
  return hits;
}

export const complaintWithdrawalPayment: RuleDetector = { detect: (view) => detect(view.text) };
