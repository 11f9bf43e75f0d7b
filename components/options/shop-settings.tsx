/**
 * The shop profile and the policies the playbooks follow. Edits are validated as a whole
 * before saving; an invalid value is named and nothing is saved.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { CURRENCIES, type CurrencySetting } from '../../lib/settings/currency';
import { shopPolicySchema, type ShopPolicy } from '../../lib/settings/shop-policy';
import type { Settings } from '../../lib/settings/settings';
import { updateSettings } from '../../lib/settings/settings-store';
import { useApp } from '../app-context';
import { ProductPrices } from './product-prices';

export function ShopSettings() {
  const { t, settings, settingsLoaded } = useApp();
  const [shop, setShop] = useState<Settings['shop']>(settings.shop);
  const [policy, setPolicy] = useState<ShopPolicy>(settings.policy);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    if (!settingsLoaded) return;
    setShop(settings.shop);
    setPolicy(settings.policy);
    // Only when the stored settings first arrive: later changes are the form's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsLoaded]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = shopPolicySchema.safeParse(policy);
    if (!parsed.success) {
      setStatus({ ok: false, text: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；') });
      return;
    }
    await updateSettings((s) => ({ ...s, shop, policy: parsed.data }));
    setStatus({ ok: true, text: t('saved') });
  };

  const returns = policy.returns;
  const haggle = policy.haggle.defaults;
  const follow = policy.followUp;
  const setReturns = (patch: Partial<ShopPolicy['returns']>) => setPolicy((p) => ({ ...p, returns: { ...p.returns, ...patch } }));
  const setHaggle = (patch: Partial<ShopPolicy['haggle']['defaults']>) =>
    setPolicy((p) => ({ ...p, haggle: { ...p.haggle, defaults: { ...p.haggle.defaults, ...patch } } }));
  const setFollow = (patch: Partial<ShopPolicy['followUp']>) => setPolicy((p) => ({ ...p, followUp: { ...p.followUp, ...patch } }));
  const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
  const list = (value: string) => value.split(/[,，、\n]/).map((s) => s.trim()).filter(Boolean);

  return (
    <form className="stack" onSubmit={(e) => void save(e)} data-testid="shop-settings">
      <h2>{t('navShop')}</h2>
      <fieldset className="grid2">
        <legend>{t('shopProfile')}</legend>
        <label>
          {t('shopName')}
          <input value={shop.name} onChange={(e) => setShop({ ...shop, name: e.target.value })} data-testid="shop-name" />
        </label>
        <label>
          {t('sellerName')}
          <input value={shop.sellerName} onChange={(e) => setShop({ ...shop, sellerName: e.target.value })} />
        </label>
        <label style={{ gridColumn: '1 / 3' }}>
          {t('returnAddress')}
          <input value={shop.returnAddress} onChange={(e) => setShop({ ...shop, returnAddress: e.target.value })} />
        </label>
        <label>
          {t('timeZone')}
          <input value={policy.timeZone} onChange={(e) => setPolicy({ ...policy, timeZone: e.target.value })} />
        </label>
        <label>
          {t('currency')}
          <select value={shop.currency} onChange={(e) => setShop({ ...shop, currency: e.target.value as CurrencySetting })} data-testid="shop-currency">
            <option value="auto">{t('currencyAuto')}</option>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset className="grid2">
        <legend>{t('returnPolicy')}</legend>
        <label>
          {t('returnWindowDays')}
          <input type="number" min={0} max={90} value={returns.noReasonWindowDays} onChange={(e) => setReturns({ noReasonWindowDays: num(e.target.value) })} data-testid="return-window" />
        </label>
        <label>
          {t('noReasonReturnPayer')}
          <select
            value={returns.shippingPayer.no_reason.toSeller}
            onChange={(e) =>
              setReturns({ shippingPayer: { ...returns.shippingPayer, no_reason: { ...returns.shippingPayer.no_reason, toSeller: e.target.value as 'buyer' | 'seller' } } })
            }
          >
            <option value="buyer">{t('payer_buyer')}</option>
            <option value="seller">{t('payer_seller')}</option>
          </select>
        </label>
        <label className="row" style={{ gridColumn: '1 / 3' }}>
          <input type="checkbox" style={{ width: 'auto' }} checked={returns.apparelNoReasonExchange} onChange={(e) => setReturns({ apparelNoReasonExchange: e.target.checked })} />
          {t('apparelExchange')}
        </label>
        <label style={{ gridColumn: '1 / 3' }}>
          {t('excludedCategories')}
          <input value={returns.excludedCategories.join('，')} onChange={(e) => setReturns({ excludedCategories: list(e.target.value) })} />
        </label>
        <label className="row" style={{ gridColumn: '1 / 3' }}>
          <input type="checkbox" style={{ width: 'auto' }} checked={returns.returnShippingInsurance} onChange={(e) => setReturns({ returnShippingInsurance: e.target.checked })} />
          {t('returnShippingInsurance')}
        </label>
        <label style={{ gridColumn: '1 / 3' }}>
          {t('perishableCategories')}
          <input value={returns.perishableCategories.join('，')} onChange={(e) => setReturns({ perishableCategories: list(e.target.value) })} />
        </label>
      </fieldset>

      <fieldset className="grid2">
        <legend>{t('hagglePolicy')}</legend>
        <label>
          {t('floorPercent')}
          <input type="number" min={0} max={100} value={haggle.floorPercentOfList} onChange={(e) => setHaggle({ floorPercentOfList: num(e.target.value) })} />
        </label>
        <label>
          {t('freeShippingCost')}
          <input type="number" min={0} step="0.01" value={haggle.freeShippingCost} onChange={(e) => setHaggle({ freeShippingCost: num(e.target.value) })} />
        </label>
        <label>
          {t('bundleQty')}
          <input
            type="number"
            min={0}
            max={20}
            value={haggle.bundleOffer?.qty ?? 0}
            onChange={(e) => {
              const qty = num(e.target.value);
              setHaggle({ bundleOffer: qty >= 2 ? { qty, freeShipping: true } : null });
            }}
          />
        </label>
        <label>
          {t('maxRounds')}
          <input type="number" min={1} max={10} value={haggle.maxRounds} onChange={(e) => setHaggle({ maxRounds: num(e.target.value) })} />
        </label>
        <label>
          {t('vipDiscountPercent')}
          <input type="number" min={0} max={50} value={haggle.vipDiscountPercent} onChange={(e) => setHaggle({ vipDiscountPercent: num(e.target.value) })} />
        </label>
      </fieldset>
      <ProductPrices products={policy.haggle.products} onChange={(products) => setPolicy((p) => ({ ...p, haggle: { ...p.haggle, products } }))} />

      <fieldset className="grid2">
        <legend>{t('followUpIntervals')}</legend>
        <label>
          {t('reviewReminderDays')}
          <input type="number" min={1} max={30} value={follow.reviewReminderAfterDeliveryDays} onChange={(e) => setFollow({ reviewReminderAfterDeliveryDays: num(e.target.value) })} />
        </label>
        <label>
          {t('revisitDays')}
          <input type="number" min={30} max={60} value={follow.revisitAfterDays} onChange={(e) => setFollow({ revisitAfterDays: num(e.target.value) })} />
        </label>
        <label>
          {t('vipSilentDays')}
          <input type="number" min={14} max={730} value={follow.vipSilentDays} onChange={(e) => setFollow({ vipSilentDays: num(e.target.value) })} />
        </label>
        <label>
          {t('complaintHours')}
          <input type="number" min={1} max={168} value={follow.complaintResponseHours} onChange={(e) => setFollow({ complaintResponseHours: num(e.target.value) })} />
        </label>
        <label>
          {t('contactHour')}
          <input type="number" min={0} max={23} value={follow.contactHour} onChange={(e) => setFollow({ contactHour: num(e.target.value) })} />
        </label>
      </fieldset>

      <div className="row">
        <button type="submit" className="primary" data-testid="save-shop-settings">
          {t('save')}
        </button>
        {status && (
          <span role="status" className={status.ok ? 'notice ok' : 'notice danger'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
