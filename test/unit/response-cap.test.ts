import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { capResponse } from '../../src/http/graphql.js';
import { QUERY_LIMITS } from '../../src/limits/index.js';

/** The parts of Fastify's request and reply that capResponse uses, recording what it does. */
function exchange() {
  const seen: { status?: number; type?: string; warned: number } = { warned: 0 };
  const request = { log: { warn: () => (seen.warned += 1) } } as unknown as FastifyRequest;
  const reply = {
    code(status: number) {
      seen.status = status;
      return this;
    },
    type(type: string) {
      seen.type = type;
      return this;
    },
  } as unknown as FastifyReply;
  return { request, reply, seen };
}

describe('the response size cap on the way out', () => {
  it('lets an answer within the cap through untouched', () => {
    const { request, reply, seen } = exchange();
    const payload = JSON.stringify({ data: { text: 'ا'.repeat(1_000) } });
    expect(capResponse(request, reply, payload)).toBe(payload);
    expect(seen).toEqual({ warned: 0 });
  });

  it('replaces an answer over the cap (counted in UTF-8 bytes) by RESPONSE_TOO_LARGE with status 400', () => {
    const { request, reply, seen } = exchange();
    // Under the cap in characters, over it in bytes: Arabic letters are two bytes each.
    const payload = JSON.stringify({ data: { text: 'ا'.repeat(QUERY_LIMITS.maxResponseBytes / 2 + 10) } });
    const answer = JSON.parse(capResponse(request, reply, payload) as string) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]?.extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', maxResponseBytes: QUERY_LIMITS.maxResponseBytes });
    expect(seen).toEqual({ status: 400, type: 'application/json; charset=utf-8', warned: 1 });
  });

  it('leaves streams and buffers alone', () => {
    const { request, reply } = exchange();
    const buffer = Buffer.alloc(10);
    expect(capResponse(request, reply, buffer)).toBe(buffer);
  });
});
