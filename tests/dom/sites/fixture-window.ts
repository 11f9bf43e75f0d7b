/**
 * Opens a fixture page in its own happy-dom window with scripts enabled, at the real seller URL,
 * so the fixtures' "framework" and timers run as they would in the browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SITE_FIXTURES_DIR = join(HERE, '../../fixtures/sites');
export const DEMO_FIXTURES_DIR = join(HERE, '../../fixtures/demo');

export interface FixturePage {
  window: Window;
  document: Document;
  /** Lets the page's timers (late rendering) run to completion. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function fixtureNames(site: string): string[] {
  return readdirSync(join(SITE_FIXTURES_DIR, site))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''));
}

/** `fastIntervals` shortens the page's setInterval periods to that many ms (scripted demos). */
export function openHtml(html: string, url: string, fastIntervals?: number): FixturePage {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      ...(fastIntervals ? { timer: { maxIntervalTime: fastIntervals } } : {}),
    },
  });
  window.document.write(html);
  return {
    window,
    document: window.document as unknown as Document,
    settle: () => window.happyDOM.waitUntilComplete(),
    close: () => window.happyDOM.close(),
  };
}

export function openFixture(site: string, name: string, url: string): FixturePage {
  return openHtml(readFileSync(join(SITE_FIXTURES_DIR, site, `${name}.html`), 'utf8'), url);
}

export function openDemo(url: string, fastIntervals?: number): FixturePage {
  return openHtml(readFileSync(join(DEMO_FIXTURES_DIR, 'pinduoduo-demo.html'), 'utf8'), url, fastIntervals);
}

/** The fixture's mini framework (see bindControlled in the fixtures). */
export interface FixtureFramework {
  state: { draft: string };
  render(): void;
}

export function frameworkOf(page: FixturePage): FixtureFramework {
  return (page.window as unknown as { __framework: FixtureFramework }).__framework;
}

export function fixtureHooks<T>(page: FixturePage): T {
  return (page.window as unknown as { __fixture: T }).__fixture;
}

export function countMatches(doc: Document, selector: string): number {
  return doc.querySelectorAll(selector).length;
}
