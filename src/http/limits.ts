/** Largest request body accepted (413 above it). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A client's x-request-id is used when it looks like an id; anything else gets a fresh UUID. */
export const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Longest path parameter (entity ids are at most 200 characters, percent-encoding may triple them). */
export const MAX_PARAM_LENGTH = 600;
