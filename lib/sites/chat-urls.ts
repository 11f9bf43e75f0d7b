import type { Platform } from '../db/schemas';

/** Where each marketplace's seller chat opens, for "open in chat" on a task. */
const CHAT_URLS: Partial<Record<Platform, string>> = {
  pinduoduo: 'https://mms.pinduoduo.com/chat-merchant/index.html',
  douyin: 'https://im.jinritemai.com/pc_seller_v2/main/workspace',
  jd: 'https://dongdong.jd.com/',
  taobao: 'https://myseller.taobao.com/',
};

export function chatUrlFor(platform: Platform): string | undefined {
  return CHAT_URLS[platform];
}
