import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { daysInMonth } from '../domain/dates.js';
import { ErrorCode } from '../errors.js';

function parseIsoDate(value: unknown): string {
  const invalid = (detail: string) =>
    new GraphQLError(`Date must be a calendar date written YYYY-MM-DD: ${detail}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  if (typeof value !== 'string') throw invalid(`got ${typeof value}`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw invalid(`"${value}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw invalid(`"${value}" does not exist`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Arbitrary JSON (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSON is an output type only', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  },
  parseLiteral: () => {
    throw new GraphQLError('JSON is an output type only', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  },
});
