import { useCallback } from 'react';
import { useSearchParams } from 'wouter';
import { useLanguage, type UiLanguage } from './i18n/language.js';

export type ParamValue = string | number | readonly string[] | null | undefined;
export type ParamPatch = Readonly<Record<string, ParamValue>>;

/** An explorer address: the path, then the language, then the other parameters that have a value. */
export function explorerHref(path: string, language: UiLanguage, params: ParamPatch = {}): string {
  const search = new URLSearchParams();
  search.set('lang', language);
  for (const [name, value] of Object.entries(params)) setParam(search, name, value);
  return `${path}?${search.toString()}`;
}

function setParam(search: URLSearchParams, name: string, value: ParamValue): void {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    search.delete(name);
  } else {
    search.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
}

/** Builds explorer links that keep the current language. */
export function useHref(): (path: string, params?: ParamPatch) => string {
  const language = useLanguage();
  return useCallback((path: string, params?: ParamPatch) => explorerHref(path, language, params), [language]);
}

/** An id as a path segment: encoded, but with its colons kept readable ('/entity/org:dgsn'). */
export function pathSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

/** A route parameter back to the id (the router leaves reserved characters such as %2F encoded). */
export function idFromSegment(segment: string | undefined): string {
  if (segment === undefined) return '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The page of an entity or an event. */
export function nodePath(id: string, isEvent: boolean): string {
  return `${isEvent ? '/event/' : '/entity/'}${pathSegment(id)}`;
}

export interface UrlState {
  readonly params: URLSearchParams;
  /** A comma-separated list parameter as an array. */
  readonly list: (name: string) => string[];
  /** Changes some parameters; `replace` keeps the history entry (typing, not navigating). */
  readonly update: (patch: ParamPatch, options?: { replace?: boolean }) => void;
}

/** The page's state, kept in its query string. */
export function useUrlState(): UrlState {
  const [params, setParams] = useSearchParams();
  const list = useCallback(
    (name: string) =>
      (params.get(name) ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    [params],
  );
  const update = useCallback(
    (patch: ParamPatch, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch)) setParam(next, name, value);
          return next;
        },
        { replace: options?.replace ?? false },
      );
    },
    [setParams],
  );
  return { params, list, update };
}
