/**
 * Cypher text that this module's own code wrote. Queries are composed from such fragments (projections chosen
 * by the selection, variants chosen by which filters are present); request values never become Cypher text,
 * they travel as $parameters. The brand makes the type checker refuse a plain string where a fragment is expected,
 * so user text cannot be spliced in by accident.
 */
declare const fragmentBrand: unique symbol;
export type Cypher = string & { readonly [fragmentBrand]: true };

/** Tagged template: literal Cypher with only other fragments interpolated. */
export function cypher(strings: TemplateStringsArray, ...fragments: readonly Cypher[]): Cypher {
  let text = strings[0] ?? '';
  fragments.forEach((fragment, index) => {
    text += fragment + (strings[index + 1] ?? '');
  });
  return text as Cypher;
}

/** Joins fragments with a literal separator (or a separator that is itself a fragment). */
export function joinCypher(fragments: readonly Cypher[], separator: ', ' | ' ' | ' AND ' | '|' | Cypher): Cypher {
  return fragments.join(separator) as Cypher;
}

/** A fragment from a closed vocabulary constant (labels, relationship types), never from a request. */
export function vocabulary(values: readonly string[], separator: '|'): Cypher {
  for (const value of values) {
    if (!/^[A-Z][A-Z_]*$/.test(value)) throw new Error(`not a vocabulary constant: ${value}`);
  }
  return values.join(separator) as Cypher;
}

/**
 * A name this module's code chose: a label, relationship type, property, variable or string constant of the
 * graph model (`Source`, `PARTICIPATED_IN`, `sortKey`), never request text. Checked to be a plain identifier.
 */
export function identifier(name: string): Cypher {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return name as Cypher;
}

/** A whole number written into Cypher where a parameter is not allowed (a variable-length bound, a level). */
export function integer(value: number): Cypher {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value) as Cypher;
}

/**
 * A query with its stable name (`entity.byId`, `timeline.page`): the name is what the debug log, the server's
 * transaction metadata and the snapshot tests call it, the same whatever variant the selection builds.
 */
export class Statement {
  constructor(
    readonly name: string,
    readonly text: Cypher,
  ) {
    if (!/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9_]*)+$/.test(name)) throw new Error(`not a statement name: ${name}`);
  }

  /** The Cypher text, so a wrapper that builds text around a statement (`PROFILE ${statement}`) still works. */
  toString(): string {
    return this.text;
  }
}

/** Names a query (see Statement). */
export function statement(name: string, text: Cypher): Statement {
  return new Statement(name, text);
}

/** The same statement run with PROFILE (the benchmarks read its plan). */
export function profiled(query: Statement): Statement {
  return new Statement(query.name, cypher`PROFILE ${query.text}`);
}
