import type { Classification } from '../../lib/situations';
import { getSituation, SITUATION_IDS, type SituationId } from '../../lib/situations/taxonomy';
import { useApp } from '../app-context';

/**
 * The buyer's words, the situations found in them (main first) and the cues behind each.
 * The situations are buttons: a click on one that is not the main one (or a pick among all 24
 * in the list below them) switches the sidebar to it at once (`onChoose`), and the sidebar
 * keeps the pick as this shop's example. When the classifier is unsure, it says so and offers
 * its top three as equal choices.
 */
export function SituationPanel({
  message,
  classification,
  onChoose,
  corrected = false,
}: {
  message: string;
  classification: Classification;
  onChoose?: (id: SituationId) => void;
  /** The situation shown is the seller's pick. */
  corrected?: boolean;
}) {
  const { t, locale } = useApp();
  const unsure = classification.unsure === true && classification.situations.length > 1 && onChoose !== undefined;
  const shown = unsure
    ? classification.situations.slice(0, 3)
    : classification.situations.filter((s, index) => index === 0 || s.score >= 0.3).slice(0, 3);
  const mainId = classification.situations[0]?.id;
  return (
    <div className="stack" data-testid="situation-panel">
      <h3 id="situation-heading">{t('buyerSays')}</h3>
      <blockquote className="card text-body" style={{ margin: 0 }} data-testid="buyer-message">
        {message}
      </blockquote>
      <h3>{t('situation')}</h3>
      {unsure && (
        <p className="small muted" data-testid="situation-unsure">
          {t('situationUnsure')}
        </p>
      )}
      <div className="row wrap" role="group" aria-label={unsure ? t('situationUnsure') : t('situation')}>
        {shown.map((situation, index) => {
          const main = !unsure && index === 0;
          return (
            <button
              key={situation.id}
              type="button"
              className={main ? 'chip main' : 'chip'}
              data-testid="situation"
              data-situation-id={situation.id}
              {...(unsure ? { 'data-choice': 'true' } : {})}
              aria-pressed={main}
              disabled={onChoose === undefined}
              title={unsure ? t('situationChoose') : main ? undefined : t('situationCorrect')}
              onClick={() => !main && onChoose?.(situation.id)}
            >
              {getSituation(situation.id).name[locale]}
            </button>
          );
        })}
      </div>
      {onChoose && (
        <select
          data-testid="situation-picker"
          aria-label={t('situationPick')}
          value=""
          onChange={(event) => {
            const id = event.target.value as SituationId;
            if (id && (unsure || id !== mainId)) onChoose(id);
          }}
        >
          <option value="">{t('situationPick')}</option>
          {SITUATION_IDS.map((id) => (
            <option key={id} value={id}>
              {getSituation(id).name[locale]}
            </option>
          ))}
        </select>
      )}
      {corrected && (
        <p className="small muted" data-testid="situation-corrected">
          {t('situationCorrected')}
        </p>
      )}
      {shown.some((s) => s.cues.length > 0) && (
        <p className="small muted" data-testid="situation-why">
          {t('why')}：{[...new Set(shown.flatMap((s) => s.cues))].slice(0, 6).map((cue) => `“${cue}”`).join(' ')}
        </p>
      )}
    </div>
  );
}
