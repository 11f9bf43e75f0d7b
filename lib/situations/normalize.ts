import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-chars';

/**
 * Brings a raw buyer message into the one form the cue rules are written for:
 * NFKC (full-width letters, digits and punctuation become ASCII), lower case, traditional
 * characters of the cue vocabulary mapped to simplified, anonymisation placeholders reduced to
 * a neutral token, runs of whitespace collapsed. Emoji are kept; no rule depends on them and
 * dropping them would shift the spans shown as cues.
 */
export function normalizeMessage(raw: string): string {
  let text = raw.normalize('NFKC').toLowerCase();
  text = mapTraditional(text);
  // "[订单号]" "【手机号】" "{name}" stand for data a platform masked; keep a marker so
  // "订单[订单号]还没发" still reads as a sentence, but do not let its words act as cues.
  text = text.replace(PLACEHOLDER, ' # ');
  // "***", "xxx" masking runs carry nothing; dropping them keeps "手机号***填错了" one phrase.
  text = text.replace(MASK_RUN, '');
  return text.replace(SPACES, ' ').trim();
}

const PLACEHOLDER = /[[【{<《][^\]】}>》\n]{1,12}[\]】}>》]/g;
const MASK_RUN = /\*{2,}|＊{2,}|(?<![a-z])x{3,}(?![a-z])/g;
const SPACES = /\s+/g;
const HAS_CJK_EXTENDED = /[\u3400-\u9fff]/;

function mapTraditional(text: string): string {
  if (!HAS_CJK_EXTENDED.test(text)) return text;
  let out = '';
  let changed = false;
  for (const ch of text) {
    const mapped = TRADITIONAL_TO_SIMPLIFIED.get(ch);
    if (mapped !== undefined) {
      out += mapped;
      changed = true;
    } else {
      out += ch;
    }
  }
  return changed ? out : text;
}
