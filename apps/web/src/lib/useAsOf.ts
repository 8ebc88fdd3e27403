import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The shell's "as of" date, kept in the URL (`?asOf=YYYY-MM-DD`); empty means now. */
export function useAsOf(): [string, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? '';
  const setAsOf = useCallback(
    (next: string) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next) updated.set('asOf', next);
          else updated.delete('asOf');
          // A different date shows a different portfolio: start again from the first page.
          updated.delete('page');
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [asOf, setAsOf];
}

/** `?asOf=…` to carry the date along a link, or ''. */
export function asOfSearch(asOf: string): string {
  return asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
}
