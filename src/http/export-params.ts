import type { LanguageCode } from '../db/records.js';
import { EVENT_TYPES, type EventType } from '../domain/vocabulary.js';
import { UserInputError } from '../errors.js';
import { DateScalar } from '../resolvers/scalars.js';

/**
 * The query parameters of the export routes, checked the way GraphQL checks the same arguments: dates as the
 * `Date` scalar, whole numbers for counts (the data layer then checks their ranges), known languages and event
 * types. Each refusal is a BAD_USER_INPUT naming the parameter.
 */
export type ExportQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

const LANGUAGES: readonly LanguageCode[] = ['AR', 'FR', 'EN'];

function single(query: ExportQuery, name: string): string | undefined {
  const value = query[name];
  if (typeof value === 'string' || value === undefined) return value;
  throw new UserInputError(`${name} is given ${value.length} times; give it once.`, name);
}

export function languageParam(query: ExportQuery): LanguageCode {
  const value = single(query, 'language');
  if (value === undefined) return 'EN';
  const code = value.toUpperCase();
  if (!(LANGUAGES as readonly string[]).includes(code)) throw new UserInputError(`language must be one of ar, fr, en (got "${value}").`, 'language');
  return code as LanguageCode;
}

export function intParam(query: ExportQuery, name: string): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw new UserInputError(`${name} must be a whole number (got "${value}").`, name);
  return Number(value);
}

export function dateParam(query: ExportQuery, name: string): string | null {
  const value = single(query, name);
  if (value === undefined) return null;
  try {
    return DateScalar.parseValue(value);
  } catch (error) {
    throw new UserInputError(`${name}: ${(error as Error).message}`, name);
  }
}

export function requiredParam(query: ExportQuery, name: string): string {
  const value = single(query, name);
  if (!value) throw new UserInputError(`${name} is required: an entity id.`, name);
  return value;
}

/** Event types as a comma list, repeated or not; none means no filter. */
export function eventTypesParam(query: ExportQuery): EventType[] | null {
  const raw = query['types'];
  const values = (raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw)
    .flatMap((value) => value.split(','))
    .map((type) => type.trim())
    .filter(Boolean);
  const unknown = values.filter((type) => !(EVENT_TYPES as readonly string[]).includes(type));
  if (unknown.length) throw new UserInputError(`unknown event types: ${unknown.join(', ')} (known: ${EVENT_TYPES.join(', ')}).`, 'types');
  return values.length ? (values as EventType[]) : null;
}
