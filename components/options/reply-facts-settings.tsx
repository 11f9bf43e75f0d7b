/**
 * The facts replies may state, kept apart from the shop policy form: a same-day cut-off, the
 * shipping time, the running promotion, the size chart, and per product a short name, a
 * category and whether it is perishable. Validated as a whole before saving; a bad value is
 * named and nothing is saved.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { shopFactsFormSchema, type ProductFacts, type ShopFacts } from '../../lib/settings/product-catalog';
import { updateSettings } from '../../lib/settings/settings-store';
import type { MessageKey } from '../../lib/i18n/messages';
import { useApp } from '../app-context';

/** Form fields whose label doubles as the name in an error message. */
const FIELD_LABELS: Record<string, MessageKey> = {
  shipCutoffHour: 'shipCutoffHour',
  shipWithinHours: 'shipWithinHours',
  promotion: 'promotion',
  sizeChartLink: 'sizeChartLink',
  products: 'productNames',
};

export function ReplyFactsSettings() {
  const { t, settings, settingsLoaded } = useApp();
  const [facts, setFacts] = useState<ShopFacts>(settings.facts);
  const [cutoff, setCutoff] = useState(settings.facts.shipCutoffHour === null ? '' : String(settings.facts.shipCutoffHour));
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [key, setKey] = useState('');
  const [draft, setDraft] = useState<{ shortName: string; category: string; perishable: boolean }>({ shortName: '', category: '', perishable: false });
  useEffect(() => {
    if (!settingsLoaded) return;
    setFacts(settings.facts);
    setCutoff(settings.facts.shipCutoffHour === null ? '' : String(settings.facts.shipCutoffHour));
    // Only when the stored settings first arrive: later changes are the form's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsLoaded]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = shopFactsFormSchema.safeParse({ ...facts, shipCutoffHour: cutoff.trim() === '' ? null : Number(cutoff) });
    if (!parsed.success) {
      const label = (path: PropertyKey[]) => {
        const key = FIELD_LABELS[String(path[0])];
        return key ? t(key) : path.join('.');
      };
      setStatus({ ok: false, text: parsed.error.issues.map((i) => `${label(i.path)}: ${i.message}`).join('；') });
      return;
    }
    await updateSettings((s) => ({ ...s, facts: parsed.data }));
    setStatus({ ok: true, text: t('saved') });
  };

  const addProduct = () => {
    if (!key.trim()) return;
    const entry: ProductFacts = {
      ...(draft.shortName.trim() ? { shortName: draft.shortName.trim() } : {}),
      ...(draft.category.trim() ? { category: draft.category.trim() } : {}),
      ...(draft.perishable ? { perishable: true } : {}),
    };
    setFacts((f) => ({ ...f, products: { ...f.products, [key.trim()]: entry } }));
    setKey('');
    setDraft({ shortName: '', category: '', perishable: false });
  };

  return (
    // noValidate: the browser's own bubble would stop the submit without naming the field in
    // the seller's language; the schema check below names it.
    <form className="stack" noValidate onSubmit={(e) => void save(e)} data-testid="reply-facts">
      <fieldset className="grid2">
        <legend>{t('replyFacts')}</legend>
        <p className="small muted" style={{ gridColumn: '1 / 3' }}>
          {t('replyFactsHint')}
        </p>
        <label>
          {t('shipCutoffHour')}
          <input type="number" min={0} max={23} value={cutoff} onChange={(e) => setCutoff(e.target.value)} data-testid="ship-cutoff" />
        </label>
        <label>
          {t('shipWithinHours')}
          <input
            type="number"
            min={1}
            max={720}
            value={Number.isNaN(facts.shipWithinHours) ? '' : facts.shipWithinHours}
            onChange={(e) => setFacts({ ...facts, shipWithinHours: e.target.value.trim() === '' ? Number.NaN : Number(e.target.value) })}
          />
        </label>
        <label>
          {t('promotion')}
          <input value={facts.promotion} onChange={(e) => setFacts({ ...facts, promotion: e.target.value })} />
        </label>
        <label>
          {t('sizeChartLink')}
          <input value={facts.sizeChartLink} onChange={(e) => setFacts({ ...facts, sizeChartLink: e.target.value })} data-testid="size-chart-link" />
        </label>
      </fieldset>

      <fieldset className="stack">
        <legend>{t('productNames')}</legend>
        <p className="small muted">{t('productNamesHint')}</p>
        <ul className="list" data-testid="product-facts-list">
          {Object.entries(facts.products).map(([name, p]) => (
            <li key={name} className="row">
              <span className="grow">{name}</span>
              <span>{p.shortName ?? '—'}</span>
              <span>{p.category ?? '—'}</span>
              {p.perishable && <span>{t('perishable')}</span>}
              <button
                type="button"
                onClick={() => {
                  const products = { ...facts.products };
                  delete products[name];
                  setFacts({ ...facts, products });
                }}
              >
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
        <div className="row">
          <input className="grow" placeholder={t('productKey')} aria-label={t('productKey')} value={key} onChange={(e) => setKey(e.target.value)} data-testid="product-facts-key" />
          <input placeholder={t('shortName')} aria-label={t('shortName')} value={draft.shortName} onChange={(e) => setDraft({ ...draft, shortName: e.target.value })} data-testid="product-facts-short-name" />
          <input placeholder={t('category')} aria-label={t('category')} value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })} data-testid="product-facts-category" />
          <label className="row">
            <input type="checkbox" checked={draft.perishable} onChange={(e) => setDraft({ ...draft, perishable: e.target.checked })} />
            {t('perishable')}
          </label>
          <button type="button" onClick={addProduct} data-testid="product-facts-add">
            {t('add')}
          </button>
        </div>
      </fieldset>

      <div className="row">
        <button type="submit" className="primary" data-testid="save-reply-facts">
          {t('saveReplyFacts')}
        </button>
        {status && (
          <span role="status" className={status.ok ? 'notice ok' : 'notice danger'} data-testid="reply-facts-status">
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
