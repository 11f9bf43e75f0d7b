import { useEffect, useState } from 'react';

/** The options page's route lives in the URL hash ("#/customers/abc?x=1") so links from the
 * background (notifications, right-click) can open a given view. */
export function useHashRoute(): { path: string; query: string } {
  const read = () => {
    const raw = location.hash.replace(/^#/, '') || '/';
    const [path = '/', query = ''] = raw.split('?');
    return { path, query };
  };
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(hash: string): void {
  location.hash = hash;
}
