/**
 * The size budget of the content scripts, read from the built extension (the e2e tier runs
 * after `wxt build`). A size check, not a timing test: it fails when any content script a
 * seller page loads exceeds 20 KB gzip, or when a page would load two of them.
 */
import { describe, expect, it } from 'vitest';
import { ALL_FRAMES_MATCHES, SELLER_MATCHES } from '../../lib/sites/match-patterns';
import { EXTENSION_DIR } from './support/extension';
import { CONTENT_SCRIPT_BUDGET_GZIP, contentScriptSizes, manifestContentScripts } from './support/content-scripts';

describe('content scripts in the built extension', () => {
  it('each stays within 20 KB gzip', () => {
    const sizes = contentScriptSizes(EXTENSION_DIR);
    // The generic script and one per marketplace with its own adapter.
    expect(sizes.map((size) => size.file).sort()).toEqual(
      ['chat', 'douyin', 'jd', 'pinduoduo', 'shopee'].map((name) => `content-scripts/${name}.js`),
    );
    for (const size of sizes) {
      expect({ file: size.file, gzip: size.gzip, withinBudget: size.gzip <= CONTENT_SCRIPT_BUDGET_GZIP }).toEqual({
        file: size.file,
        gzip: size.gzip,
        withinBudget: true,
      });
    }
  });

  it('every seller page loads exactly one of them; Qianniu and 1688 in all frames', () => {
    const scripts = manifestContentScripts(EXTENSION_DIR);
    for (const pattern of SELLER_MATCHES) {
      const loading = scripts.filter((script) => script.matches.includes(pattern));
      expect({ pattern, scripts: loading.length }).toEqual({ pattern, scripts: 1 });
      expect({ pattern, allFrames: loading[0]!.all_frames === true }).toEqual({ pattern, allFrames: ALL_FRAMES_MATCHES.includes(pattern) });
    }
    const generic = scripts.find((script) => script.js?.includes('content-scripts/chat.js'));
    expect(generic).toMatchObject({ all_frames: true, match_about_blank: true });
  });
});
