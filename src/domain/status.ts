import type { Stance, StatementKind } from './vocabulary.js';

/**
 * The one rule that gives a fact its status, and says why. The loader applies it to the rows of a dataset (a new
 * fact, in the transactional, bulk and import paths alike) and to the evidence the graph holds (a fact that
 * several datasets share, recomputed at the end of a load and when a load is undone): no other code decides a
 * status. Pure, so the unit tests state the rule (test/unit/status.test.ts).
 *
 * - DISPUTED when any evidence contradicts the fact.
 * - CORROBORATED when two or more independent sources report it as a REPORTED_FACT. A forecast, an evaluation, an
 *   attributed claim or a curator's inference corroborates nothing.
 * - REPORTED otherwise.
 *
 * Two sources are independent when both have a publisher and they share no independence key: a source's keys
 * are its publisher, itself, and what it relays (another source, with that source's own keys, or an origin
 * named like a publisher: "AFP"). So two articles of one publisher, two rewrites of one press release, or a
 * wire and the paper relaying it are not independent, and a source with no publisher counts for no one.
 */

export const EVIDENCE_STATUSES = ['REPORTED', 'CORROBORATED', 'DISPUTED'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** Why a fact has its status (`StatusReasonCode` in the API). */
export const STATUS_REASONS = [
  // CORROBORATED
  'INDEPENDENT_REPORTS',
  // REPORTED
  'SINGLE_REPORT',
  'FORECAST_REPORTED_DONE',
  'REPORTS_NOT_INDEPENDENT',
  'NOT_REPORTED_AS_FACT',
  // DISPUTED
  'CONTRADICTED',
] as const;
export type StatusReason = (typeof STATUS_REASONS)[number];

/** How one source cited by a fact weighs in its status (`SourceVerdict` in the API). */
export const SOURCE_VERDICTS = ['COUNTED', 'NO_PUBLISHER', 'SAME_PUBLISHER', 'SAME_ORIGIN', 'NOT_REPORTED_AS_FACT', 'DISPUTES'] as const;
export type SourceVerdict = (typeof SOURCE_VERDICTS)[number];

/** One piece of a fact's evidence, as far as its status is concerned. */
export interface StatusEvidence {
  readonly sourceId: string;
  readonly statementKind: StatementKind;
  readonly stance: Stance;
}

/** What the rule needs of a source: its publisher's key (`originKey`, null when it has none) and its independence keys. */
export interface StatusSource {
  readonly publisher: string | null;
  readonly keys: readonly string[];
}

export interface StatusAssessment {
  readonly status: EvidenceStatus;
  readonly reason: StatusReason;
  /** Every source the evidence cites, sorted by id, with its verdict at the same index of `verdicts`. */
  readonly sourceIds: readonly string[];
  readonly verdicts: readonly SourceVerdict[];
}

/** Publishers and origin names compare trimmed, lowercased and with inner spaces collapsed. */
export const originKey = (name: string): string => `origin:${name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
const sourceKey = (id: string): string => `source:${id}`;

/** What a source's declaration says of it: its id, publisher, and what it relays (a source id or an origin name). */
export interface SourceDeclaration {
  readonly id: string;
  readonly publisher?: string | undefined;
  readonly relays?: string | undefined;
}

const SOURCE_ID = /^src:/;

/**
 * A source's independence keys, sorted: its publisher, itself, and what it relays, following relayed sources
 * that `others` declares (a relayed source another dataset declares contributes its id only). Cycles stop.
 */
export function independenceKeys(source: SourceDeclaration, others: ReadonlyMap<string, SourceDeclaration>): string[] {
  const keys = new Set<string>();
  const seen = new Set<string>();
  let current: SourceDeclaration | undefined = source;
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    keys.add(sourceKey(current.id));
    if (current.publisher !== undefined) keys.add(originKey(current.publisher));
    const relays: string | undefined = current.relays;
    if (relays === undefined) break;
    if (SOURCE_ID.test(relays)) {
      keys.add(sourceKey(relays));
      current = others.get(relays);
    } else {
      keys.add(originKey(relays));
      current = undefined;
    }
  }
  return [...keys].sort();
}

const disjoint = (a: ReadonlySet<string>, b: readonly string[]) => b.every((key) => !a.has(key));

/**
 * The largest set of mutually independent reporting sources that a greedy pass finds, trying each source as the
 * first: exact for "two or more", and the same answer for the same evidence whatever order it comes in.
 */
function independentReporters(candidates: readonly string[], sources: ReadonlyMap<string, StatusSource>): string[] {
  let best: string[] = [];
  for (let start = 0; start < candidates.length && best.length < candidates.length; start++) {
    const chosen: string[] = [];
    const taken = new Set<string>();
    for (const id of [...candidates.slice(start), ...candidates.slice(0, start)]) {
      const keys = sources.get(id)?.keys ?? [sourceKey(id)];
      if (!disjoint(taken, keys)) continue;
      chosen.push(id);
      for (const key of keys) taken.add(key);
    }
    if (chosen.length > best.length) best = chosen;
  }
  return best;
}

/** The status of a fact from its evidence, with the reason and each cited source's verdict. */
export function assessStatus(evidence: readonly StatusEvidence[], sources: ReadonlyMap<string, StatusSource>): StatusAssessment {
  const sourceIds = [...new Set(evidence.map((item) => item.sourceId))].sort();
  const disputing = new Set(evidence.filter((item) => item.stance === 'DISPUTES').map((item) => item.sourceId));
  const reporting = new Set(
    evidence.filter((item) => item.stance === 'SUPPORTS' && item.statementKind === 'REPORTED_FACT').map((item) => item.sourceId),
  );
  const forecasting = new Set(
    evidence.filter((item) => item.stance === 'SUPPORTS' && item.statementKind === 'FORECAST').map((item) => item.sourceId),
  );
  const reporters = sourceIds.filter((id) => reporting.has(id) && !disputing.has(id));
  const withPublisher = reporters.filter((id) => (sources.get(id)?.publisher ?? null) !== null);
  const counted = new Set(independentReporters(withPublisher, sources));
  const countedPublishers = new Set([...counted].map((id) => sources.get(id)?.publisher));

  const verdicts = sourceIds.map((id): SourceVerdict => {
    if (disputing.has(id)) return 'DISPUTES';
    if (!reporting.has(id)) return 'NOT_REPORTED_AS_FACT';
    if (counted.has(id)) return 'COUNTED';
    const publisher = sources.get(id)?.publisher ?? null;
    if (publisher === null) return 'NO_PUBLISHER';
    // Set aside for sharing a key with a counted source: its publisher, or else what one of them relays.
    return countedPublishers.has(publisher) ? 'SAME_PUBLISHER' : 'SAME_ORIGIN';
  });

  let status: EvidenceStatus;
  let reason: StatusReason;
  if (disputing.size > 0) {
    status = 'DISPUTED';
    reason = 'CONTRADICTED';
  } else if (counted.size >= 2) {
    status = 'CORROBORATED';
    reason = 'INDEPENDENT_REPORTS';
  } else {
    status = 'REPORTED';
    if (reporters.length === 0) reason = 'NOT_REPORTED_AS_FACT';
    else if (reporters.length >= 2) reason = 'REPORTS_NOT_INDEPENDENT';
    else if ([...forecasting].some((id) => !reporting.has(id))) reason = 'FORECAST_REPORTED_DONE';
    else reason = 'SINGLE_REPORT';
  }
  return { status, reason, sourceIds, verdicts };
}
