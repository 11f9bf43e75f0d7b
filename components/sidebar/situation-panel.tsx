import type { Classification } from '../../lib/situations';
import { getSituation } from '../../lib/situations/taxonomy';
import { useApp } from '../app-context';

/** The buyer's words, the situations found in them (main first) and the cues behind each. */
export function SituationPanel({ message, classification }: { message: string; classification: Classification }) {
  const { t, locale } = useApp();
  const shown = classification.situations.filter((s, index) => index === 0 || s.score >= 0.3).slice(0, 3);
  return (
    <div className="stack" data-testid="situation-panel">
      <h3 id="situation-heading">{t('buyerSays')}</h3>
      <blockquote className="card text-body" style={{ margin: 0 }} data-testid="buyer-message">
        {message}
      </blockquote>
      <h3>{t('situation')}</h3>
      <div className="row wrap">
        {shown.map((situation, index) => (
          <span key={situation.id} className={index === 0 ? 'chip main' : 'chip'} data-testid="situation" data-situation-id={situation.id}>
            {getSituation(situation.id).name[locale]}
          </span>
        ))}
      </div>
      {shown.some((s) => s.cues.length > 0) && (
        <p className="small muted" data-testid="situation-why">
          {t('why')}：{[...new Set(shown.flatMap((s) => s.cues))].slice(0, 6).map((cue) => `“${cue}”`).join(' ')}
        </p>
      )}
    </div>
  );
}
