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

/**
 * graphql-tools copies every own property of a scalar resolver onto the SDL's scalar, `description` included
 * (even when undefined): removing it keeps the description written in schema/common.graphql.
 */
function withSdlDescription<TInternal, TExternal>(scalar: GraphQLScalarType<TInternal, TExternal>): GraphQLScalarType<TInternal, TExternal> {
  delete (scalar as { description?: unknown }).description;
  return scalar;
}

export const DateScalar = withSdlDescription(
  new GraphQLScalarType<string, string>({
    name: 'Date',
    serialize: (value) => parseIsoDate(value),
    parseValue: (value) => parseIsoDate(value),
    parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
);

export const JsonScalar = withSdlDescription(
  new GraphQLScalarType<unknown, unknown>({
    name: 'JSON',
    serialize: (value) => value,
    parseValue: () => {
      throw new GraphQLError('JSON is an output type only', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    },
    parseLiteral: () => {
      throw new GraphQLError('JSON is an output type only', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    },
  }),
);
