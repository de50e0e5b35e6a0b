import { useCallback, useEffect, useState } from 'react';

/** A two-page app needs no router library: the path is state, links push history. */
export function useRoute(): [string, (path: string) => void] {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = (): void => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: string) => {
    window.history.pushState(null, '', next);
    // A link may name a place in the page ("#unit-4"), which the page reads itself.
    setPath(window.location.pathname);
  }, []);
  return [path, navigate];
}
