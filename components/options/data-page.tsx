/**
 * The data page: export the archive (CSV, XLSX, full JSON backup), import a customer sheet
 * through a column-mapping step and a dry-run preview, restore a backup, erase everything
 * behind a typed confirmation, and show how safe the browser keeps the data.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { describeQuarantined, serializeQuarantine } from '../../lib/db/quarantine';
import { seedBuiltinTemplates } from '../../lib/db/repositories/templates';
import { PLATFORMS, type Platform } from '../../lib/db/schemas';
import type { Localized } from '../../lib/i18n/localized';
import { backupCounts, backupFileName, createBackup, eraseEverything, parseBackup, restoreBackup, serializeBackup, type Backup, type SiteControl } from '../../lib/io/backup';
import { FIELD_LABELS, IMPORT_FIELDS, guessColumnMapping, mappingProblem, setColumnTarget, type ColumnMapping, type ColumnTarget } from '../../lib/io/column-mapping';
import { commitImport } from '../../lib/io/commit-import';
import type { SheetRows } from '../../lib/io/csv-format';
import { exportCustomersCsv, exportFileName } from '../../lib/io/csv-export';
import { readImportFile } from '../../lib/io/import-file';
import { exportInsightsCsv, insightsExportFileName } from '../../lib/io/insight-export';
import { platformName } from '../../lib/io/platform-names';
import type { ImportPreview } from '../../lib/io/preview-import';
import { exportArchiveXlsx } from '../../lib/io/xlsx';
import { sendToBackground } from '../../lib/messaging/client';
import { disableCustomSite, registerCustomSiteScript } from '../../lib/sites/custom-sites';
import { updateSettings } from '../../lib/settings/settings-store';
import type { Settings } from '../../lib/settings/settings';
import { useApp } from '../app-context';
import { downloadBlob, downloadText } from '../download';
import { db } from '../use-db';
import { useLeaveWarning } from '../use-leave-warning';

/** The problem list stays readable; the count in the summary says how many there are. */
const MAX_PROBLEMS_SHOWN = 200;
const TARGETS: ColumnTarget[] = ['ignore', ...IMPORT_FIELDS];

type Message = { ok: boolean; lines: string[] };

type ImportState =
  | { step: 'idle' }
  | { step: 'mapping'; fileName: string; sheet: SheetRows; mapping: ColumnMapping }
  | { step: 'preview'; fileName: string; sheet: SheetRows; mapping: ColumnMapping; preview: ImportPreview }
  | { step: 'backup'; fileName: string; backup: Backup; warnings: Localized[] };


function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * Imported and restored customers wait for their search keys; the background builds them
 * (and carries on if this tab closes). Failing to reach it only delays the build until the
 * worker next starts, so the message is not an error worth showing.
 */
function startSearchKeyBuild(): void {
  sendToBackground('bg:buildSearchKeys', {}).catch(() => undefined);
}

const saveSettings = async (settings: Settings) => {
  await updateSettings(() => settings);
};

/** Restore and erase change the added sites through the same functions as the sites page. */
const SITE_CONTROL: SiteControl = {
  isGranted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  register: registerCustomSiteScript,
  remove: disableCustomSite,
};

export function DataPage() {
  const { t, locale, settings } = useApp();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [defaultPlatform, setDefaultPlatform] = useState<Platform>('other');
  const [progress, setProgress] = useState<string>();
  // One key is enough to know whether the log is empty; counting a year's log is not needed.
  const hasInsightEvents = useLiveQuery(async () => (await db.insightEvents.limit(1).primaryKeys()).length > 0, []);
  useLeaveWarning(busy);

  const run = async (work: () => Promise<Message | undefined>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await work();
      if (result) setMessage(result);
    } catch (e) {
      setMessage({ ok: false, lines: [t('dataFailed'), e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const sheetOptions = { locale, timeZone: settings.policy.timeZone };

  const exportCsv = () =>
    run(async () => {
      downloadText(exportFileName('csv'), await exportCustomersCsv(db, sheetOptions), 'text/csv;charset=utf-8');
      return undefined;
    });
  const exportXlsx = () =>
    run(async () => {
      const workbook = await exportArchiveXlsx(db, sheetOptions);
      downloadBlob(exportFileName('xlsx'), workbook.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const { shown, total } = workbook.insights;
      return shown < total ? { ok: true, lines: [t('dataExportXlsxInsightsCapped', { shown, total })] } : undefined;
    });
  const exportInsights = () =>
    run(async () => {
      const csv = await exportInsightsCsv(db, sheetOptions, (count) => setProgress(t('dataExportInsightsProgress', { count })));
      if (csv.count === 0) return { ok: false, lines: [t('dataExportInsightsEmpty')] };
      downloadBlob(insightsExportFileName(), csv.blob, 'text/csv;charset=utf-8');
      return { ok: true, lines: [t('dataExportInsightsDone', { count: csv.count })] };
    });
  const exportBackup = () =>
    run(async () => {
      downloadText(backupFileName(), serializeBackup(await createBackup(db, settings)));
      return undefined;
    });

  const onFile = (file: File | undefined) =>
    run(async () => {
      setImportState({ step: 'idle' });
      if (!file) return undefined;
      const read = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (read.kind === 'unreadable') return { ok: false, lines: [t('importNothingWritten'), read.message[locale]] };
      if (read.kind === 'backup') {
        const parsed = await parseBackup(read.text, db.verno);
        if (!parsed.ok) return { ok: false, lines: [t('importNothingWritten'), ...parsed.errors.map((e) => e[locale])] };
        setImportState({ step: 'backup', fileName: file.name, backup: parsed.backup, warnings: parsed.warnings });
        return undefined;
      }
      setImportState({ step: 'mapping', fileName: file.name, sheet: read.sheet, mapping: guessColumnMapping(read.sheet.headers) });
      return undefined;
    });

  const preview = () =>
    run(async () => {
      if (importState.step !== 'mapping' && importState.step !== 'preview') return undefined;
      const existing = await db.customers.toArray();
      // Loaded on first use: the phone library and the division gazetteer are most of its size.
      const { previewImport } = await import('../../lib/io/preview-import');
      const result = previewImport(importState.sheet.rows, importState.mapping, existing, { defaultPlatform, cellProblems: importState.sheet.cellProblems });
      setImportState({ step: 'preview', fileName: importState.fileName, sheet: importState.sheet, mapping: importState.mapping, preview: result });
      return undefined;
    });

  const confirmImport = () =>
    run(async () => {
      if (importState.step !== 'preview') return undefined;
      const result = await commitImport(db, importState.preview);
      if (result.ok) startSearchKeyBuild();
      setImportState({ step: 'idle' });
      return result.ok
        ? { ok: true, lines: [t('dataImported', { added: result.added, merged: result.merged, notes: result.notes })] }
        : { ok: false, lines: [t('importNothingWritten'), result.message[locale]] };
    });

  const confirmRestore = () =>
    run(async () => {
      if (importState.step !== 'backup') return undefined;
      const result = await restoreBackup(db, importState.backup, { saveSettings, currentSettings: settings, sites: SITE_CONTROL });
      if (!result.ok) return { ok: false, lines: [t('dataRestoreFailed'), result.message[locale]] };
      // Built-ins from an older backup get this version's text; the seller's flags stay.
      await seedBuiltinTemplates(db);
      startSearchKeyBuild();
      setImportState({ step: 'idle' });
      return {
        ok: result.siteProblems.length === 0,
        lines: [
          t('dataRestored'),
          ...result.sitesToAddAgain.map((origin) => t('dataRestoreSiteAddAgain', { origin })),
          ...result.sitesReleased.map((origin) => t('dataSiteReleased', { origin })),
          ...result.siteProblems.map((problem) => problem[locale]),
        ],
      };
    });

  const eraseAll = () =>
    run(async () => {
      const result = await eraseEverything(db, { saveSettings, currentSettings: settings, sites: SITE_CONTROL });
      setImportState({ step: 'idle' });
      return {
        ok: result.siteProblems.length === 0,
        lines: [
          t('dataErased'),
          ...result.sitesReleased.map((origin) => t('dataSiteReleased', { origin })),
          ...result.siteProblems.map((problem) => problem[locale]),
        ],
      };
    });

  const changeTarget = (column: number, target: ColumnTarget) => {
    if (importState.step !== 'mapping' && importState.step !== 'preview') return;
    // A changed mapping invalidates the preview: back to the mapping step.
    setImportState({ step: 'mapping', fileName: importState.fileName, sheet: importState.sheet, mapping: setColumnTarget(importState.mapping, column, target) });
  };

  return (
    <section className="stack" data-testid="data-page">
      <h2>{t('dataTitle')}</h2>

      <div className="card stack">
        <h3>{t('dataExportHeading')}</h3>
        <p className="small muted">{t('dataExportHint')}</p>
        <div className="row wrap">
          <button type="button" disabled={busy} onClick={() => void exportCsv()} data-testid="export-csv">
            {t('dataExportCsv')}
          </button>
          <button type="button" disabled={busy} onClick={() => void exportXlsx()} data-testid="export-xlsx">
            {t('dataExportXlsx')}
          </button>
          <button
            type="button"
            disabled={busy || hasInsightEvents !== true}
            onClick={() => void exportInsights()}
            data-testid="export-insights-csv"
            aria-describedby={hasInsightEvents === false ? 'insights-export-empty' : undefined}
          >
            {t('dataExportInsightsCsv')}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void exportBackup()} data-testid="export-backup">
            {t('dataExportBackup')}
          </button>
        </div>
        {hasInsightEvents === false && (
          <p className="small muted" id="insights-export-empty" data-testid="insights-export-empty">
            {t('dataExportInsightsEmpty')}
          </p>
        )}
      </div>

      <div className="card stack">
        <h3>{t('dataImportHeading')}</h3>
        <p className="small muted">{t('dataImportHint')}</p>
        <label className="row" style={{ color: 'inherit' }}>
          {t('dataImportFile')}
          <input
            type="file"
            accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => void onFile(e.target.files?.[0])}
            data-testid="import-file"
            style={{ width: 'auto' }}
          />
        </label>

        {(importState.step === 'mapping' || importState.step === 'preview') && (
          <MappingStep
            state={importState}
            busy={busy}
            defaultPlatform={defaultPlatform}
            onDefaultPlatform={(p) => {
              setDefaultPlatform(p);
              if (importState.step === 'preview') setImportState({ ...importState, step: 'mapping' });
            }}
            onTarget={changeTarget}
            onPreview={() => void preview()}
            onConfirm={() => void confirmImport()}
          />
        )}

        {importState.step === 'backup' && (
          <div className="stack" data-testid="backup-summary">
            <p>
              {t('dataBackupPreview', {
                date: new Date(importState.backup.exportedAt).toLocaleString(locale),
                ...backupCounts(importState.backup),
              })}
            </p>
            {importState.warnings.length > 0 && (
              <ul className="notice warn list small" data-testid="backup-warnings">
                {importState.warnings.map((warning, i) => (
                  <li key={i}>{warning[locale]}</li>
                ))}
              </ul>
            )}
            <div className="row">
              <button type="button" className="primary" disabled={busy} onClick={() => void confirmRestore()} data-testid="confirm-restore">
                {t('dataConfirmRestore')}
              </button>
              <button type="button" disabled={busy} onClick={() => setImportState({ step: 'idle' })}>
                {t('cancel')}
              </button>
            </div>
          </div>
        )}
      </div>

      {busy && (
        <p className="muted" role="status">
          {progress ?? t('dataWorking')}
        </p>
      )}
      {message && (
        <ul className={message.ok ? 'notice ok' : 'notice danger'} role="status" data-testid="data-messages">
          {message.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}

      <QuarantineCard />
      <StorageCard />
      <EraseCard busy={busy} onErase={eraseAll} />
    </section>
  );
}

function MappingStep(props: {
  state: Extract<ImportState, { step: 'mapping' | 'preview' }>;
  busy: boolean;
  defaultPlatform: Platform;
  onDefaultPlatform: (platform: Platform) => void;
  onTarget: (column: number, target: ColumnTarget) => void;
  onPreview: () => void;
  onConfirm: () => void;
}) {
  const { t, locale } = useApp();
  const { state, busy } = props;
  const firstRow = state.sheet.rows.find((row) => row.some((cell) => cell.trim() !== '')) ?? [];
  const problem = mappingProblem(state.mapping);
  const hasPlatformColumn = state.mapping.targets.includes('platform');
  const preview = state.step === 'preview' ? state.preview : undefined;

  return (
    <div className="stack">
      <h4>
        {t('dataMappingHeading')} · {state.fileName}
      </h4>
      <table data-testid="mapping-table">
        <thead>
          <tr>
            <th>{t('dataMappingColumn')}</th>
            <th>{t('dataMappingSample')}</th>
            <th>{t('dataMappingTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {state.mapping.headers.map((header, column) => (
            <tr key={column}>
              <td>{header || `#${column + 1}`}</td>
              <td className="small muted">{(firstRow[column] ?? '').slice(0, 40)}</td>
              <td>
                <select
                  value={state.mapping.targets[column] ?? 'ignore'}
                  disabled={busy}
                  onChange={(e) => props.onTarget(column, e.target.value as ColumnTarget)}
                  data-testid={`mapping-select-${column}`}
                  aria-label={header}
                >
                  {TARGETS.map((target) => (
                    <option key={target} value={target}>
                      {FIELD_LABELS[target][locale]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!hasPlatformColumn && (
        <label className="row">
          {t('dataDefaultPlatform')}
          <select value={props.defaultPlatform} disabled={busy} onChange={(e) => props.onDefaultPlatform(e.target.value as Platform)} data-testid="default-platform" style={{ width: 'auto' }}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformName(p, locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      {problem && <p className="notice warn">{problem[locale]}</p>}
      <div className="row">
        <button type="button" disabled={busy || Boolean(problem)} onClick={props.onPreview} data-testid="preview-import">
          {t('dataPreviewButton')}
        </button>
        {preview && (preview.adds.length > 0 || preview.merges.length > 0) && (
          <button type="button" className="primary" disabled={busy} onClick={props.onConfirm} data-testid="confirm-import">
            {t('dataConfirmImport')}
          </button>
        )}
      </div>
      {preview && (
        <div className="stack">
          <p data-testid="import-summary">
            {t('dataPreviewSummary', { total: preview.totalRows, added: preview.addedRows, merged: preview.mergedRows, bad: preview.badRows })}
          </p>
          {preview.problems.length > 0 && (
            <details open>
              <summary>
                {t('dataBadRows')} ({preview.problems.length})
              </summary>
              <ul className="notice warn list small" data-testid="import-problems">
                {preview.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
                  <li key={i}>{p.message[locale]}</li>
                ))}
                {preview.problems.length > MAX_PROBLEMS_SHOWN && <li>…</li>}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}

/** Shown only when an upgrade set malformed old records aside (see lib/db/quarantine.ts). */
function QuarantineCard() {
  const { t, locale } = useApp();
  const records = useLiveQuery(() => db.quarantine.toArray(), []);
  if (!records || records.length === 0) return null;
  return (
    <div className="card stack" data-testid="quarantine">
      <h3>{t('dataQuarantineHeading')}</h3>
      <p className="notice warn">{t('dataQuarantineSummary', { count: records.length })}</p>
      <ul className="list small" data-testid="quarantine-list">
        {records.slice(0, MAX_PROBLEMS_SHOWN).map((record) => (
          <li key={record.id}>{describeQuarantined(record)[locale]}</li>
        ))}
        {records.length > MAX_PROBLEMS_SHOWN && <li>…</li>}
      </ul>
      <div className="row">
        <button type="button" onClick={() => downloadText('seller-assistant-set-aside-records.json', serializeQuarantine(records))} data-testid="quarantine-download">
          {t('dataQuarantineDownload')}
        </button>
      </div>
    </div>
  );
}

function StorageCard() {
  const { t } = useApp();
  const [persisted, setPersisted] = useState<boolean>();
  const [estimate, setEstimate] = useState<StorageEstimate>();
  const [denied, setDenied] = useState(false);

  const refresh = async () => {
    if (!navigator.storage) return;
    setPersisted(await navigator.storage.persisted());
    setEstimate(await navigator.storage.estimate());
  };
  useEffect(() => {
    void refresh();
  }, []);

  const request = async () => {
    const granted = await navigator.storage.persist();
    setDenied(!granted);
    await refresh();
  };

  return (
    <div className="card stack">
      <h3>{t('dataStorageHeading')}</h3>
      <p className={persisted ? 'notice ok' : 'notice warn'} data-testid="storage-state" data-persisted={persisted ? 'true' : 'false'}>
        {persisted ? t('dataStoragePersisted') : t('dataStorageNotPersisted')}
      </p>
      <p className="small muted" data-testid="storage-usage">
        {estimate?.usage !== undefined && estimate.quota !== undefined
          ? t('dataStorageUsage', { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) })
          : t('dataStorageUnknown')}
      </p>
      {!persisted && (
        <div className="row">
          <button type="button" onClick={() => void request()} data-testid="storage-persist">
            {t('dataStoragePersist')}
          </button>
          {denied && <span className="small muted">{t('dataStoragePersistDenied')}</span>}
        </div>
      )}
    </div>
  );
}

function EraseCard({ busy, onErase }: { busy: boolean; onErase: () => Promise<void> }) {
  const { t } = useApp();
  const [typed, setTyped] = useState('');
  const word = t('dataEraseWord');
  return (
    <div className="card stack">
      <h3>{t('dataEraseHeading')}</h3>
      <label className="stack">
        <span className="small">{t('dataEraseHint', { word })}</span>
        <input value={typed} onChange={(e) => setTyped(e.target.value)} disabled={busy} data-testid="erase-input" autoComplete="off" />
      </label>
      <div className="row">
        <button
          type="button"
          style={{ color: 'var(--danger-fg)', borderColor: 'var(--danger-fg)' }}
          disabled={busy || typed.trim() !== word}
          onClick={() => void onErase().then(() => setTyped(''))}
          data-testid="erase-button"
        >
          {t('dataEraseButton')}
        </button>
      </div>
    </div>
  );
}
