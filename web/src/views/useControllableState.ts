import { useCallback, useState } from 'react';

/**
 * A value that is controlled when the parent passes it (e.g. kept in the page's URL) and local otherwise;
 * either way a change is reported through `onChange`.
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange: ((next: T) => void) | undefined): [T, (next: T) => void] {
  const [local, setLocal] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setLocal(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : local, set];
}
