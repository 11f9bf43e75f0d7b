import { defineConfig } from 'wxt';
import type { InlineConfig } from 'vite';
import { resolve } from 'node:path';
import { SELLER_HOST_PERMISSIONS } from './lib/sites/match-patterns';
import { SITUATION_MODEL_ASSET, SITUATION_MODEL_SOURCE } from './lib/situations/model-asset';

/** Removes the polyfill module's `wxt/browser` alias, so `wxt/browser` is the native API. */
function dropBrowserPolyfill(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
  } else if (alias && typeof alias === 'object') {
    delete (alias as Record<string, string>)['wxt/browser'];
  }
}

// The manifest is declared here; content-script matches live in lib/sites/match-patterns.ts
// (used by the content-script entries) so that one list drives both the manifest and the
// adapters' URL tests.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script runs on every seller page and must stay small (≤ 20 KB gzip, checked
    // by tests/e2e/content-script-size.test.ts), so it is built without webextension-polyfill:
    // MV3 Chrome and Firefox both give promise-returning `chrome`/`browser` APIs natively, and
    // the one callback-style API it uses, runtime.onMessage, goes through
    // lib/content/message-listener.ts. Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entry) => entry.type === 'content-script')) dropBrowserPolyfill(config);
    },
    // The situation model ships as the JSON file `npm run train` writes, copied unchanged (one
    // source of truth, lib/situations/model-asset.ts); the sidebar fetches it on first use.
    'build:publicAssets': (wxt, files) => {
      files.push({ absoluteSrc: resolve(wxt.config.root, SITUATION_MODEL_SOURCE), relativeDest: SITUATION_MODEL_ASSET.slice(1) });
    },
    // …and `browser.runtime.getURL` accepts its path.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(SITUATION_MODEL_ASSET);
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'contextMenus', 'alarms', 'notifications', 'scripting'],
    host_permissions: [...SELLER_HOST_PERMISSIONS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    web_accessible_resources: [
      // The sidebar page is framed into seller pages, including sites the user adds at run
      // time, which a static list cannot name. So it is reachable from any page, but only
      // through the dynamic URL (`use_dynamic_url`): a per-session id that pages cannot guess,
      // so a page can neither probe for the extension nor frame the sidebar unless our content
      // script put that URL into it. A page that learned the URL could still frame it; the
      // sidebar therefore shows nothing unless the background confirms that its tab's top page
      // is a built-in seller site or one the user added, and that it is framed by that page
      // directly (lib/messaging/sender.ts, components/sidebar/use-chat-connection.ts).
      { resources: ['sidebar.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    browser_specific_settings: {
      gecko: {
        id: 'seller-assistant@example.org',
        strict_min_version: '140.0',
        // Firefox asks extensions to declare what they collect: nothing leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
