import type { Classification } from '../../lib/situations';
import { getSituation, type SituationId } from '../../lib/situations/taxonomy';
import { useApp } from '../app-context';

/**
 * The buyer's words, the situations found in them (main first) and the cues behind each.
 * When the classifier is unsure, it says so and offers its top three as equal choices; picking
 * one makes it the main situation (`onChoose`).
 */
export function SituationPanel({
  message,
  classification,
  onChoose,
}: {
  message: string;
  classification: Classification;
  onChoose?: (id: SituationId) => void;
}) {
  const { t, locale } = useApp();
  const unsure = classification.unsure === true && classification.situations.length > 1 && onChoose !== undefined;
  const shown = unsure
    ? classification.situations.slice(0, 3)
    : classification.situations.filter((s, index) => index === 0 || s.score >= 0.3).slice(0, 3);
  return (
    <div className="stack" data-testid="situation-panel">
      <h3 id="situation-heading">{t('buyerSays')}</h3>
      <blockquote className="card text-body" style={{ margin: 0 }} data-testid="buyer-message">
        {message}
      </blockquote>
      <h3>{t('situation')}</h3>
      {unsure ? (
        <>
          <p className="small muted" data-testid="situation-unsure">
            {t('situationUnsure')}
          </p>
          <div className="row wrap" role="group" aria-label={t('situationUnsure')}>
            {shown.map((situation) => (
              <button
                key={situation.id}
                type="button"
                className="chip"
                data-testid="situation"
                data-situation-id={situation.id}
                data-choice="true"
                title={t('situationChoose')}
                onClick={() => onChoose?.(situation.id)}
              >
                {getSituation(situation.id).name[locale]}
              </button>
            ))}
          </div>
        </>
      ) : (
        <div className="row wrap">
          {shown.map((situation, index) => (
            <span key={situation.id} className={index === 0 ? 'chip main' : 'chip'} data-testid="situation" data-situation-id={situation.id}>
              {getSituation(situation.id).name[locale]}
            </span>
          ))}
        </div>
      )}
      {shown.some((s) => s.cues.length > 0) && (
        <p className="small muted" data-testid="situation-why">
          {t('why')}：{[...new Set(shown.flatMap((s) => s.cues))].slice(0, 6).map((cue) => `“${cue}”`).join(' ')}
        </p>
      )}
    </div>
  );
}
