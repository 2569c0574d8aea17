import { useCallback } from "react";
import { useSearchParams } from "wouter";

/**
 * A list's search, sort or filter kept in the address (`?search=contoso&sort=ADDED_AT_DESC`), so Back,
 * a reload or a shared link shows the list as it was left. A value equal to `fallback` is left
 * out of the address; a value not among `allowed` (when given) reads as `fallback`. Changes
 * replace the history entry, so Back leaves the list rather than undoing each keystroke.
 */
export function useUrlParam<T extends string>(
  name: string,
  fallback: T,
  allowed?: readonly T[],
): [T, (value: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const value = raw !== null && (!allowed || allowed.includes(raw as T)) ? (raw as T) : fallback;
  const setValue = useCallback(
    (next: T) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === fallback || next === "") updated.delete(name);
          else updated.set(name, next);
          return updated;
        },
        { replace: true },
      ),
    [name, fallback, setParams],
  );
  return [value, setValue];
}
