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
