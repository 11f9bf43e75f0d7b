/**
 * Browser plumbing for the scale benchmark: the bench bundle (lib/ code built for a page),
 * and a Chromium session with two extensions loaded side by side: ours (.output/chrome-mv3)
 * and a throwaway "naive" extension whose only content is a blank page with the storage and
 * unlimitedStorage permissions. The naive store needs unlimitedStorage: without it
 * chrome.storage.local holds 10 MB, far less than the archive.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR, ROOT } from '../e2e/support/extension';

export async function buildPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'tests/bench/scale-page-api.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Chromium names an unpacked extension after its directory: sha256 of the path, 0-f as a-p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface ScaleSession {
  context: BrowserContext;
  ourId: string;
  naiveId: string;
  /** A page of the extension's origin, with the bench bundle evaluated in it. */
  openBenchPage(which: 'ours' | 'naive'): Promise<Page>;
  close(): Promise<void>;
}

export async function launchScaleSession(bundle: string): Promise<ScaleSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'seller-assistant-scale-'));
  // A copy of the build: the run takes many minutes, and a colleague's `wxt build` empties
  // .output/chrome-mv3 meanwhile (a popup that vanished mid-run is how this was learnt).
  const ourDir = mkdtempSync(join(tmpdir(), 'seller-assistant-build-'));
  cpSync(EXTENSION_DIR, ourDir, { recursive: true });
  const naiveDir = mkdtempSync(join(tmpdir(), 'naive-archive-extension-'));
  writeFileSync(
    join(naiveDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'naive archive baseline', version: '1.0', permissions: ['storage', 'unlimitedStorage'] }),
  );
  writeFileSync(join(naiveDir, 'page.html'), '<!doctype html><meta charset="utf-8"><title>naive</title>');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 420, height: 600 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ourDir},${naiveDir}`, `--load-extension=${ourDir},${naiveDir}`],
  });
  await context.route(/^https?:\/\//, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const ourId = new URL(worker.url()).host;
  const naiveId = unpackedExtensionId(naiveDir);
  return {
    context,
    ourId,
    naiveId,
    async openBenchPage(which) {
      const page = await context.newPage();
      // Ours: the manifest is a document of the extension origin that runs no app code, so
      // nothing of the UI competes with the measured operations for the database.
      await page.goto(which === 'ours' ? `chrome-extension://${ourId}/manifest.json` : `chrome-extension://${naiveId}/page.html`);
      await page.evaluate(bundle);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(naiveDir, { recursive: true, force: true });
      rmSync(ourDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records, inside the popup, when each watched element first appears and when a tab button
 * is clicked (performance.now(): milliseconds since navigation start).
 */
export const POPUP_WATCH_SCRIPT = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  const seen = {};
  window.__benchSeen = seen;
  const watched = [
    ['tabs', '[role="tablist"]'],
    ['replies', '[data-testid="template-result"]'],
    ['customers', '[data-testid="customer-results"] li'],
    ['today', '[data-testid="today-task"]'],
  ];
  const check = () => {
    for (const [key, selector] of watched) if (!(key in seen) && document.querySelector(selector)) seen[key] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
  document.addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
    if (tab) seen['click:' + tab.textContent.trim()] = performance.now();
  }, true);
})();`;
