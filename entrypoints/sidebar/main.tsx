import { mountApp } from '../../components/mount';
import { SidebarApp } from '../../components/sidebar/sidebar-app';

mountApp(<SidebarApp />);
