import { RemoteArchiveProvider } from '../../components/archive';
import { mountApp } from '../../components/mount';
import { SidebarApp } from '../../components/sidebar/sidebar-app';

// Framed into a marketplace page, the sidebar may be refused IndexedDB: it asks the
// background for archive data instead (components/archive.tsx).
mountApp(
  <RemoteArchiveProvider>
    <SidebarApp />
  </RemoteArchiveProvider>,
);
