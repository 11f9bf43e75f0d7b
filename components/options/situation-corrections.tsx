/**
 * The shop's corrections of the sidebar's situation, newest first: what the buyer wrote, the
 * situation the seller gave it and how. Deleting one makes the sidebar forget it (its
 * per-shop layer is rebuilt from what is left).
 */
import { MAX_SITUATION_EXAMPLES } from '../../lib/db/repositories/situation-examples';
import { getSituation } from '../../lib/situations/taxonomy';
import { useApp } from '../app-context';
import { useArchiveCommand, useArchiveQuery } from '../archive';
import { ArchiveQueryNotice } from '../archive-query-notice';
import { formatDateTime } from '../format';

export function SituationCorrections() {
  const { t, locale } = useApp();
  const examples = useArchiveQuery('situationExamples', {});
  const run = useArchiveCommand();
  const newestFirst = examples.value ? [...examples.value].reverse() : undefined;
  return (
    <section className="stack" aria-labelledby="corrections-heading" data-testid="situation-corrections">
      <h2 id="corrections-heading">{t('correctionsTitle')}</h2>
      <p className="small muted">{t('correctionsHint', { max: String(MAX_SITUATION_EXAMPLES) })}</p>
      <ArchiveQueryNotice queries={[examples]} />
      {newestFirst === undefined ? (
        !examples.failed && <p className="muted">{t('loading')}</p>
      ) : newestFirst.length === 0 ? (
        <p className="muted" data-testid="corrections-empty">
          {t('correctionsEmpty')}
        </p>
      ) : (
        <ul className="list">
          {newestFirst.map((example) => (
            <li key={example.id} className="row" data-testid="correction" data-situation-id={example.situation}>
              <div className="grow stack">
                <span className="text-body" data-testid="correction-text">
                  {example.text}
                </span>
                <span className="small muted">
                  <strong>{getSituation(example.situation).name[locale]}</strong> · {t(`correctionsSource_${example.source}`)}
                  {example.shown ? ` · ${t('correctionsWas', { situation: getSituation(example.shown).name[locale] })}` : ''} ·{' '}
                  {formatDateTime(example.createdAt, locale)}
                </span>
              </div>
              <button
                type="button"
                aria-label={t('correctionsDelete')}
                title={t('correctionsDeleteLabel', { text: example.text.slice(0, 40) })}
                onClick={() => void run('deleteSituationExample', { id: example.id })}
              >
                {t('correctionsDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
