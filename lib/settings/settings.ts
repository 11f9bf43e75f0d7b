/**
 * User settings, kept in `storage.local` (small, synchronous-feeling, readable by the
 * background without opening IndexedDB). The object carries a version so a later shape can
 * be migrated; a value that fails validation falls back to defaults field by field rather
 * than losing the whole object.
 */
import { z } from 'zod';
import { DEFAULT_SHOP_POLICY, shopPolicySchema } from './shop-policy';

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: z.enum(['auto', 'zh-CN', 'en']).catch('auto').default('auto'),
  theme: z.enum(['auto', 'light', 'dark']).catch('auto').default('auto'),
  shop: z
    .object({
      name: z.string().trim().max(60).catch('').default(''),
      returnAddress: z.string().trim().max(300).catch('').default(''),
      sellerName: z.string().trim().max(30).catch('').default(''),
    })
    .prefault({}),
  /** What the playbooks follow: time zone, haggling, returns, follow-up intervals. */
  policy: shopPolicySchema.catch(DEFAULT_SHOP_POLICY).prefault({}),
  sites: z
    .object({
      /** Built-in adapters the user switched off. */
      disabled: z.array(z.string()).catch([]).default([]),
      /** Origins the user enabled for the generic adapter, e.g. "https://shop.example.com". */
      customOrigins: z.array(z.string().url()).catch([]).default([]),
    })
    .prefault({}),
  /** Sidebar collapsed per site host, remembered across visits. */
  sidebarCollapsed: z.record(z.string(), z.boolean()).catch({}).default({}),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Read whatever is stored (maybe from an older or newer build) into a valid Settings. */
export function normaliseSettings(stored: unknown): Settings {
  const result = settingsSchema.safeParse(stored && typeof stored === 'object' ? stored : {});
  return result.success ? result.data : DEFAULT_SETTINGS;
}
