import { useEffect } from 'react';

/**
 * While `active`, closing or reloading the page asks first. An import or restore runs in one
 * transaction that closing the page aborts: nothing half-written is kept, but a seller who
 * closed the tab during a 20-second import would think the customers were saved.
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
