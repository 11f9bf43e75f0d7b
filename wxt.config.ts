import { defineConfig } from 'wxt';
import { SELLER_HOST_PERMISSIONS } from './lib/sites/match-patterns';

// The manifest is declared here; content-script matches live in the site adapters so that
// one list drives both the manifest and the adapters' URL tests.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
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
      // The sidebar page is framed into seller pages; only those pages may frame it.
      { resources: ['sidebar.html'], matches: [...SELLER_HOST_PERMISSIONS] },
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
