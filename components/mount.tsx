import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app-context';
import './styles.css';

/** Every page's entry: one root, the shared providers, the page's app. */
export function mountApp(app: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  createRoot(container).render(
    <StrictMode>
      <AppProvider>{app}</AppProvider>
    </StrictMode>,
  );
}
