import type { Logger } from 'pino';
import type { DataLayer } from './db/index.js';

/** What every resolver receives: the data layer bound to this request, and the request's id and logger. */
export interface Context {
  readonly db: DataLayer;
  readonly requestId: string;
  readonly logger: Logger;
}
