import { mountApp } from '../../components/mount';
import { PopupApp } from '../../components/popup/popup-app';

mountApp(<PopupApp />);
