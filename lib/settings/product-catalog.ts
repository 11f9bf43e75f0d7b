/**
 * What the seller tells us about the shop's goods beyond the haggling terms: a short name to use
 * in replies (marketplace titles are stuffed with keywords), the product's category (care tips
 * and size questions depend on it), whether it is perishable, and facts replies may state only
 * when the seller has set them (a same-day cut-off, the shipping time, the promotion running,
 * the size chart). Currency and 运费险 are shop settings of their own (settings.shop.currency,
 * policy.returns); callers pass them to lib/assist/fill-values.ts.
 */
import { z } from 'zod';

export const productFactsSchema = z.object({
  /** What a reply calls the product, e.g. 珊瑚绒睡衣 instead of the 60-character title. */
  shortName: z.string().trim().max(30).optional(),
  /** Free text; matched against the category words of lib/scripts/product-category.ts. */
  category: z.string().trim().max(60).optional(),
  /** Fresh food, flowers: never sent back, compensated from photos. */
  perishable: z.boolean().optional(),
});
export type ProductFacts = z.output<typeof productFactsSchema>;

const link = z
  .string()
  .trim()
  .max(300)
  .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), {
    message: 'The size chart link must start with http:// or https:// / 尺码表链接须以 http:// 或 https:// 开头',
  });

/** Strict: what the options form saves, each bad value named. */
export const shopFactsFormSchema = z.object({
  /** Local hour before which an order placed today ships today; null: no such promise. */
  shipCutoffHour: z.number().int().min(0).max(23).nullable(),
  /** Hours from payment within which the shop ships (platforms commonly require 48). */
  shipWithinHours: z.number().int().min(1).max(720),
  /** The promotion running now, as the buyer sees it (满199减20); empty: none. */
  promotion: z.string().trim().max(80),
  sizeChartLink: link,
  /** Keyed by the platform's product id or by the product title, like the haggling terms. */
  products: z.record(z.string().trim().min(1).max(200), productFactsSchema),
});

/** Lenient: what is read from storage; a bad field falls back alone, the others are kept. */
export const shopFactsSchema = z.object({
  shipCutoffHour: shopFactsFormSchema.shape.shipCutoffHour.catch(null).default(null),
  shipWithinHours: shopFactsFormSchema.shape.shipWithinHours.catch(48).default(48),
  promotion: shopFactsFormSchema.shape.promotion.catch('').default(''),
  sizeChartLink: link.catch('').default(''),
  products: shopFactsFormSchema.shape.products.catch({}).default({}),
});
export type ShopFacts = z.output<typeof shopFactsSchema>;

export const DEFAULT_SHOP_FACTS: ShopFacts = shopFactsSchema.parse({});

/** The seller's entry for a product, by id or by title (titles are matched loosely). */
export function findProductFacts(facts: ShopFacts, key: string | undefined): ProductFacts | undefined {
  if (!key) return undefined;
  const exact = facts.products[key];
  if (exact) return exact;
  const wanted = key.trim().toLowerCase();
  for (const [name, product] of Object.entries(facts.products)) {
    if (name.trim().toLowerCase() === wanted) return product;
  }
  return undefined;
}
