/**
 * User settings, kept in `storage.local` (small, synchronous-feeling, readable by the
 * background without opening IndexedDB). The object carries a version so a later shape can
 * be migrated; a value that fails validation falls back to defaults field by field rather
 * than losing the whole object.
 */
import { z } from 'zod';
import { CURRENCIES } from './currency';
import { shopFactsSchema } from './product-catalog';
import { shopPolicySchema } from './shop-policy';
import { insightsSettingsSchema } from '../insights/contract';

export const SETTINGS_VERSION = 1;

const shopSchema = z.object({
  name: z.string().trim().max(60).catch('').default(''),
  returnAddress: z.string().trim().max(300).catch('').default(''),
  sellerName: z.string().trim().max(30).catch('').default(''),
  /** The money replies quote prices in; auto follows the platform (yuan on Chinese marketplaces). */
  currency: z.enum(['auto', ...CURRENCIES]).catch('auto').default('auto'),
});

/**
 * A list kept entry by entry: one value a later or broken build stored wrong is dropped
 * alone, instead of the whole list (and with it every site the seller had enabled).
 */
function validEntries<T extends z.ZodType>(entry: T) {
  return z.preprocess(
    (stored) => (Array.isArray(stored) ? stored.filter((value) => entry.safeParse(value).success) : []),
    z.array(entry),
  );
}

const sitesSchema = z.object({
  /** Built-in adapters the user switched off. */
  disabled: validEntries(z.string()).default([]),
  /** Origins the user enabled for the generic adapter, e.g. "https://shop.example.com". */
  customOrigins: validEntries(z.string().url()).default([]),
});

/**
 * Keep each policy section that is valid on its own. Without this one bad value (say a time
 * zone an older browser's Intl does not know) replaced the whole policy with the defaults,
 * silently dropping the seller's product prices and return rules with it.
 */
function validPolicySections(stored: unknown): Record<string, unknown> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const kept: Record<string, unknown> = {};
  for (const [key, section] of Object.entries(shopPolicySchema.shape)) {
    const value = (stored as Record<string, unknown>)[key];
    if (value !== undefined && section.safeParse(value).success) kept[key] = value;
  }
  return kept;
}

export const settingsSchema = z.object({
  // Another build's version number must not void the fields this build understands.
  version: z.literal(SETTINGS_VERSION).catch(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: z.enum(['auto', 'zh-CN', 'en']).catch('auto').default('auto'),
  theme: z.enum(['auto', 'light', 'dark']).catch('auto').default('auto'),
  // A section of the wrong type (a string, a number) falls back alone, like a wrong field.
  shop: shopSchema.prefault({}).catch(() => shopSchema.parse({})),
  /** What the playbooks follow: time zone, haggling, returns, follow-up intervals. */
  policy: z.preprocess(validPolicySections, shopPolicySchema).catch(() => shopPolicySchema.parse({})),
  /** Facts replies may state: currency, product short names and categories, 运费险, cut-off. */
  facts: shopFactsSchema.prefault({}).catch(() => shopFactsSchema.parse({})),
  sites: sitesSchema.prefault({}).catch(() => sitesSchema.parse({})),
  /** The after-sales insights: retention, whether message text is kept, the weekly digest. */
  insights: insightsSettingsSchema.prefault({}).catch(() => insightsSettingsSchema.parse({})),
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
