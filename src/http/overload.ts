import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction, onRequestHookHandler, onSendHookHandler } from 'fastify';
import type { OverloadSettings } from '../config.js';
import { sendError } from './errors.js';

/** The stable code of a refusal for overload, in `extensions.code` on /graphql and `code` on /export/*. */
export const OVERLOADED = 'OVERLOADED';

/**
 * A request whose client went away keeps its slot until its handler has answered (its database work is still running),
 * but no longer than this: a handler that never answers must not leak a slot. Longer than any deadline of a request.
 */
const ABANDONED_HOLD_MS = 30_000;

/** Routes whose requests run GraphQL or database work. Health, the explorer's pages and assets are never shed. */
const isGuarded = (url: string): boolean => url === '/graphql' || url.startsWith('/export/');

interface Waiter {
  readonly admit: () => void;
  readonly timer: NodeJS.Timeout;
}

/** Counts slots in flight and queues the overflow, first in first out, each waiter for a bounded time. */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly options: Pick<OverloadSettings, 'maxConcurrent' | 'maxQueued' | 'maxQueueWaitMs'>) {}

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.queue.length;
  }

  /**
   * Calls `admit` when a slot is free (now, or later from the queue) or `refuse` when none is and the queue is full
   * or the wait runs out. Returns a function that withdraws a queued request (its client went away).
   */
  acquire(admit: () => void, refuse: () => void): () => void {
    if (this.active < this.options.maxConcurrent) {
      this.active++;
      admit();
      return noop;
    }
    if (this.queue.length >= this.options.maxQueued) {
      refuse();
      return noop;
    }
    const waiter: Waiter = {
      admit,
      timer: setTimeout(() => {
        if (this.remove(waiter)) refuse();
      }, this.options.maxQueueWaitMs),
    };
    this.queue.push(waiter);
    return () => {
      if (this.remove(waiter)) clearTimeout(waiter.timer);
    };
  }

  /** Frees a slot: the longest-waiting request takes it, if any. */
  release(): void {
    const next = this.queue.shift();
    if (next === undefined) {
      this.active--;
      return;
    }
    clearTimeout(next.timer);
    next.admit();
  }

  private remove(waiter: Waiter): boolean {
    const index = this.queue.indexOf(waiter);
    if (index < 0) return false;
    this.queue.splice(index, 1);
    return true;
  }
}

const noop = (): void => {};

/**
 * Load shedding: every request to /graphql and /export/* takes a slot in `onRequest`, before its body is read or
 * parsed, and gives it back when its handler has answered, whether or not its client is still there.
 * Beyond `maxConcurrent` a request gets 503 with Retry-After and the code OVERLOADED at once, or, when a queue is set
 * (`maxQueued` > 0), after waiting up to `maxQueueWaitMs` for a slot. Call before the guarded routes are registered (it hooks `onRoute`).
 */
export function registerOverloadProtection(app: FastifyInstance, options: OverloadSettings): ConcurrencyLimiter {
  const limiter = new ConcurrencyLimiter(options);
  const retryAfter = String(options.retryAfterSeconds);
  const message = `The server is at capacity (${options.maxConcurrent} requests in flight); retry after ${retryAfter} s.`;
  // The slot of each request holding one, by the function that gives it back.
  const held = new WeakMap<FastifyRequest, () => void>();

  const refuse = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('retry-after', retryAfter).header('cache-control', 'no-store');
    void sendError(request, reply, 503, { error: message, code: OVERLOADED });
  };

  /**
   * The slot is given back once, when the handler has answered (onSend: the work is done, only bytes are left to
   * write, and the client cannot send its next request before it has the answer). If the response ends without
   * onSend (no such path is known), when it ends; if the client went away first, at onSend or after a cut-off.
   */
  const holdSlot = (request: FastifyRequest, reply: FastifyReply) => {
    let released = false;
    let abandoned: NodeJS.Timeout | undefined;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(abandoned);
      held.delete(request);
      limiter.release();
    };
    held.set(request, release);
    reply.raw.once('close', () => {
      if (released) return;
      if (reply.raw.writableFinished) return release();
      abandoned = setTimeout(release, ABANDONED_HOLD_MS).unref();
    });
  };

  const guard: onRequestHookHandler = (request, reply, done: HookHandlerDoneFunction) => {
    const withdraw = limiter.acquire(
      () => {
        holdSlot(request, reply);
        done();
      },
      () => refuse(request, reply),
    );
    if (withdraw !== noop) reply.raw.once('close', withdraw);
  };

  const markAnswered: onSendHookHandler = (request, _reply, payload, done) => {
    held.get(request)?.();
    done(null, payload);
  };

  app.addHook('onRoute', (route) => {
    if (!isGuarded(route.url)) return;
    route.onRequest = [guard, ...toArray(route.onRequest)];
    route.onSend = [...toArray(route.onSend), markAnswered];
  });
  return limiter;
}

function toArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
