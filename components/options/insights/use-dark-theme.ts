/** Whether the page is dark: the theme setting, or the system's when it is "auto". */
import { useEffect, useState } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

export function useDarkTheme(theme: 'auto' | 'light' | 'dark'): boolean {
  const [systemDark, setSystemDark] = useState(() => typeof matchMedia === 'function' && matchMedia(QUERY).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const media = matchMedia(QUERY);
    const onChange = () => setSystemDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return theme === 'dark' || (theme === 'auto' && systemDark);
}
