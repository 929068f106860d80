// The one application error: a stable machine-readable code, an HTTP status and a message a person understands.

export interface ErrorDetail {
  readonly path?: string;
  readonly message: string;
  readonly [key: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, details?: unknown): AppError =>
  new AppError(400, code, message, details);
export const unauthenticated = (message = 'Please sign in first.'): AppError =>
  new AppError(401, 'unauthenticated', message);
export const forbidden = (message = 'You are not allowed to do this.'): AppError => new AppError(403, 'forbidden', message);
export const notFound = (what = 'The requested item'): AppError => new AppError(404, 'not_found', `${what} was not found.`);
export const conflict = (code: string, message: string, details?: unknown): AppError =>
  new AppError(409, code, message, details);
export const tooManyRequests = (message: string, retryAfterSeconds?: number): AppError =>
  new AppError(429, 'rate_limited', message, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds });

/** True for MongoDB's duplicate-key error (E11000), from either engine. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000;
}
