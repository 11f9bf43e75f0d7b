import type { ComplianceFinding } from '../lib/compliance';
import { useApp } from './app-context';

/** Platform-rule findings on a text, each naming the rule, why, and the words that triggered it. */
export function ComplianceNotes({ findings }: { findings: readonly ComplianceFinding[] }) {
  const { t, locale } = useApp();
  if (findings.length === 0) return null;
  return (
    <div className="notice danger" role="alert" data-testid="compliance-findings">
      <strong>{t('complianceFindings')}</strong>
      <ul className="list small">
        {findings.map((finding, index) => (
          <li key={index}>
            <strong>{finding.name[locale]}</strong>：{finding.reason[locale]}（“{finding.span.text}”）
          </li>
        ))}
      </ul>
    </div>
  );
}
