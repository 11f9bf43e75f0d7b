import { useApp } from '../app-context';
import { CustomerDetail } from '../customer-detail';
import { AppearanceSettings } from './appearance-settings';
import { CustomerConfirm } from './customer-confirm';
import { CustomerDataActions } from './customer-data-actions';
import { CustomersPage } from './customers-page';
import { DataPage } from './data-page';
import { InsightsPage } from './insights-page';
import { NoteDraft } from './note-draft';
import { ReplyFactsSettings } from './reply-facts-settings';
import { ShopSettings } from './shop-settings';
import { SitesSettings } from './sites-settings';
import { SituationCorrections } from './situation-corrections';
import { TemplatesManager } from './templates-manager';
import { useHashRoute } from './use-hash-route';
import type { MessageKey } from '../../lib/i18n/messages';

const NAV: [string, MessageKey][] = [
  ['/', 'navShop'],
  ['/templates', 'navTemplates'],
  ['/customers', 'navCustomers'],
  ['/insights', 'navInsights'],
  ['/sites', 'navSites'],
  ['/appearance', 'navAppearance'],
  ['/data', 'navData'],
];

export function OptionsApp() {
  const { t } = useApp();
  const { path, query } = useHashRoute();
  const customerId = /^\/customers\/([^/]+)$/.exec(path)?.[1];
  let page;
  if (path === '/customers/confirm') page = <CustomerConfirm query={query} />;
  else if (path === '/notes/new') page = <NoteDraft query={query} />;
  else if (customerId) {
    page = (
      <>
        <CustomerDetail customerId={decodeURIComponent(customerId)} />
        <CustomerDataActions customerId={decodeURIComponent(customerId)} />
      </>
    );
  }
  else if (path === '/customers') page = <CustomersPage />;
  else if (path === '/templates') {
    page = (
      <>
        <TemplatesManager />
        <SituationCorrections />
      </>
    );
  }
  else if (path === '/sites') page = <SitesSettings />;
  else if (path === '/appearance') page = <AppearanceSettings />;
  else if (path === '/data') page = <DataPage />;
  else if (path === '/insights') page = <InsightsPage />;
  else {
    page = (
      <>
        <ShopSettings />
        <ReplyFactsSettings />
      </>
    );
  }

  return (
    <div className="options">
      <nav className="options-nav">
        <h1>{t('optionsTitle')}</h1>
        {NAV.map(([href, label]) => (
          <a key={href} href={`#${href}`} aria-current={path === href || (href !== '/' && path.startsWith(href)) ? 'page' : undefined}>
            {t(label)}
          </a>
        ))}
      </nav>
      <main className="options-main">{page}</main>
    </div>
  );
}
