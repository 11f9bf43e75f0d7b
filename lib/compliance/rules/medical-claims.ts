/**
 * Medical or efficacy claims for ordinary goods (a pillow that cures neck pain, a tea that
 * lowers blood pressure). Only registered medicines and medical devices may claim to treat;
 * for anything else advertising law and every platform forbid it.
 * Advising the buyer to see a doctor, or saying the product does NOT treat anything, is fine.
 */
import { isDisclaimed } from './context.ts';
import { patternDetector, type HitFilter, type PatternSpec } from './rule-kit.ts';

/** Medical advice or a disclaimer near the word: "及时就医治疗", "不能替代药物". */
const ADVICE = /就医|就诊|医院|医生|遵医嘱|看医生|药物治疗|替代药|不是医疗|非医疗|不具有|不具备|没有治疗|并非|see a doctor|not a medical|consult (?:a|your) (?:doctor|physician)|not intended to/;

const accept: HitFilter = (text, start, end) => {
  if (isDisclaimed(text, start, end)) return false;
  return !ADVICE.test(text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12)));
};

const patterns: PatternSpec[] = [
  {
    re: /治疗(?![仪器机])|治愈|治好|根治|包治|医治|疗效|抗癌|防癌|治癌|抗肿瘤|消肿瘤|癌细胞|肿瘤细胞|调节内分泌|(?<![政整统自防管])治(?:疗|愈|好)?(?:失眠|痛经|便秘|脱发|近视|颈椎|腰椎|关节|胃病|鼻炎|咳嗽|感冒|头痛|高血压|糖尿病|痘痘?|湿疹|脚气|口臭)|抑制癌|降血压|降血糖|降血脂|降三高|治百病|百病|壮阳|延年益寿|药到病除|调理(?:三高|高血压|血压|血糖|血脂|失眠|颈椎)|比(?:吃)?药(?:还)?(?:管用|好使|有效)|(?:能|可以|可|专)治(?!理)|(?:能|可以|可|有效)(?:消炎|止痛|止痒|杀菌消毒|祛斑|减肥|增高|生发|降压)|(?:预防|防止|消除)(?:癌|肿瘤|高血压|糖尿病)/g,
    accept,
  },
  {
    re: /\b(?:cures?|cured|curing|heals?|healing)\b|\btreats? (?:cancer|diabetes|insomnia|arthritis|pain|depression|anxiety|eczema|acne|hair loss)\b|\blowers? (?:your )?blood (?:pressure|sugar)\b|\b(?:fights?|prevents?|kills?) (?:cancer|tumou?rs?|diabetes|viruses)\b|\banti-?cancer\b|\bclinically proven\b/g,
    accept,
  },
];

export const medicalClaims = patternDetector(patterns);
