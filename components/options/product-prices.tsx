/** Per-product list and floor prices for haggling. The floor is the seller's secret: it is
 * only ever shown here, never put into a reply. */
import { useState } from 'react';
import type { ProductHaggle } from '../../lib/settings/shop-policy';
import { useApp } from '../app-context';

type Products = Record<string, ProductHaggle>;

export function ProductPrices({ products, onChange }: { products: Products; onChange(next: Products): void }) {
  const { t } = useApp();
  const [key, setKey] = useState('');
  const [list, setList] = useState('');
  const [floor, setFloor] = useState('');
  const add = () => {
    const listPrice = Number(list);
    const floorPrice = floor.trim() ? Number(floor) : undefined;
    if (!key.trim() || !(listPrice > 0)) return;
    onChange({ ...products, [key.trim()]: { listPrice, ...(floorPrice !== undefined ? { floorPrice } : {}) } });
    setKey('');
    setList('');
    setFloor('');
  };
  return (
    <fieldset className="stack">
      <legend>{t('productPrices')}</legend>
      <p className="small muted">{t('productPricesHint')}</p>
      <ul className="list">
        {Object.entries(products).map(([name, p]) => (
          <li key={name} className="row">
            <span className="grow">{name}</span>
            <span>
              {t('listPrice')} {p.listPrice}
            </span>
            <span>
              {t('floorPrice')} {p.floorPrice ?? '—'}
            </span>
            <button
              type="button"
              onClick={() => {
                const next = { ...products };
                delete next[name];
                onChange(next);
              }}
            >
              {t('delete')}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <input className="grow" placeholder={t('productKey')} value={key} onChange={(e) => setKey(e.target.value)} aria-label={t('productKey')} />
        <input type="number" min={0} step="0.01" placeholder={t('listPrice')} value={list} onChange={(e) => setList(e.target.value)} aria-label={t('listPrice')} style={{ width: 100 }} />
        <input type="number" min={0} step="0.01" placeholder={t('floorPrice')} value={floor} onChange={(e) => setFloor(e.target.value)} aria-label={t('floorPrice')} style={{ width: 100 }} />
        <button type="button" onClick={add}>
          {t('add')}
        </button>
      </div>
    </fieldset>
  );
}
