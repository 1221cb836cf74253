/** One thing wrong with a dataset: the file (relative to the dataset folder), where in it, and what. */
export interface DatasetProblem {
  readonly file: string;
  /** A path such as `events[3].participants[0].entity`, or `line 12, column 3` for a syntax error. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** A dataset that cannot be loaded, with every problem found (not just the first). Nothing was written. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly folder: string,
    readonly problems: readonly DatasetProblem[],
  ) {
    super(
      `${folder}: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing was written:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
}

/** `['events', 3, 'participants', 0, 'entity']` → `events[3].participants[0].entity`. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
  return text === '' ? '(root)' : text;
}
