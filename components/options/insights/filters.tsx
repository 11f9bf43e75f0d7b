/** The Insights filters: date range (presets and custom), platform, product. */
import { PLATFORMS, type Platform } from '../../../lib/db/schemas';
import { NO_PRODUCT, type Day, type InsightProduct, type InsightsFilter } from '../../../lib/insights/contract';
import { addDays } from '../../../lib/insights/days';
import { platformName } from '../../../lib/io/platform-names';
import { useApp } from '../../app-context';

export const RANGE_PRESETS = ['30', '90', '365'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number] | 'custom';

export function presetRange(preset: (typeof RANGE_PRESETS)[number], today: Day): { from: Day; to: Day } {
  return { from: addDays(today, -(Number(preset) - 1)), to: today };
}

/** Product choice in the select: all products, or one key (the empty key is "no product card"). */
const ALL = '*';
const productValue = (key: string | undefined) => (key === undefined ? ALL : `=${key}`);

interface Props {
  filter: InsightsFilter;
  preset: RangePreset;
  today: Day;
  products: InsightProduct[];
  onChange(filter: InsightsFilter, preset: RangePreset): void;
}

export function InsightsFilters({ filter, preset, today, products, onChange }: Props) {
  const { t, locale } = useApp();
  const choices = new Map<string, string>();
  for (const product of products) {
    if (filter.platform !== undefined && product.platform !== filter.platform) continue;
    if (!choices.has(product.productKey)) choices.set(product.productKey, product.name);
  }
  const sortedChoices = [...choices.entries()].sort((a, b) => a[1].localeCompare(b[1], locale));
  return (
    <form className="insights-filters row wrap" aria-label={t('insightsFilters')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="row wrap" data-testid="insights-range">
        <legend>{t('insightsRange')}</legend>
        {RANGE_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={preset === p}
            className={preset === p ? 'primary' : undefined}
            onClick={() => onChange({ ...filter, ...presetRange(p, today) }, p)}
            data-testid={`insights-range-${p}`}
          >
            {t('insightsLastDays', { days: p })}
          </button>
        ))}
        <button type="button" aria-pressed={preset === 'custom'} className={preset === 'custom' ? 'primary' : undefined} onClick={() => onChange(filter, 'custom')} data-testid="insights-range-custom">
          {t('insightsCustomRange')}
        </button>
        {preset === 'custom' ? (
          <>
            <label>
              {t('insightsFrom')}
              <input type="date" value={filter.from} max={filter.to} onChange={(e) => e.target.value && onChange({ ...filter, from: e.target.value }, 'custom')} data-testid="insights-from" />
            </label>
            <label>
              {t('insightsTo')}
              <input type="date" value={filter.to} min={filter.from} onChange={(e) => e.target.value && onChange({ ...filter, to: e.target.value }, 'custom')} data-testid="insights-to" />
            </label>
          </>
        ) : null}
      </fieldset>
      <label>
        {t('platform')}
        <select
          value={filter.platform ?? ''}
          onChange={(e) => onChange({ ...filter, platform: (e.target.value || undefined) as Platform | undefined, productKey: undefined }, preset)}
          data-testid="insights-platform"
        >
          <option value="">{t('insightsAllPlatforms')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {platformName(p, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('insightsProduct')}
        <select
          value={productValue(filter.productKey)}
          onChange={(e) => onChange({ ...filter, productKey: e.target.value === ALL ? undefined : e.target.value.slice(1) }, preset)}
          data-testid="insights-product"
        >
          <option value={ALL}>{t('insightsAllProducts')}</option>
          {sortedChoices.map(([key, name]) => (
            <option key={key} value={productValue(key)}>
              {name}
            </option>
          ))}
          <option value={productValue(NO_PRODUCT)}>{t('insightsNoProduct')}</option>
        </select>
      </label>
    </form>
  );
}
