import { BackgroundWritesProvider } from '../../components/archive';
import { mountApp } from '../../components/mount';
import { PopupApp } from '../../components/popup/popup-app';

// The popup closes as soon as the seller clicks away: its writes run in the background.
mountApp(
  <BackgroundWritesProvider>
    <PopupApp />
  </BackgroundWritesProvider>,
);
