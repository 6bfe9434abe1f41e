// Errors that no route answered, in GraphQL's error shape with a stable code: never Express's default HTML page,
// which outside production also carries a stack trace with the server's paths (seen on /auth/login with bad JSON).
import type { ErrorRequestHandler } from 'express';
import { errorBody } from '../auth/auth-errors.js';

interface HttpError {
  status?: number;
  type?: string;
}

export interface BodyLimit {
  /** The parser's limit, as configured (e.g. '16mb'). */
  limit: string;
  /** The code of a too-large body: BATCH_TOO_LARGE where a batch can be split, else BAD_USER_INPUT. */
  tooLargeCode: 'BATCH_TOO_LARGE' | 'BAD_USER_INPUT';
  /** What to do about it, appended to the message. */
  hint?: string;
}

/** Answers body-parser failures (too large, bad JSON, bad charset) with 4xx and a code; passes on the rest. */
export const bodyParserErrors =
  ({ limit, tooLargeCode, hint }: BodyLimit): ErrorRequestHandler =>
  (error, _req, res, next) => {
    const { status, type } = error as HttpError;
    if (res.headersSent || status === undefined || status < 400 || status >= 500) return next(error);
    if (status === 413) {
      res
        .status(413)
        .json(errorBody(tooLargeCode, `The request body exceeds ${limit}${hint ? `; ${hint}` : ''}`));
    } else if (type === 'entity.parse.failed') {
      res.status(400).json(errorBody('BAD_REQUEST', 'The request body is not valid JSON'));
    } else {
      res.status(status).json(errorBody('BAD_REQUEST', (error as Error).message));
    }
  };

/** The last handler: anything still unanswered is logged and becomes 500 INTERNAL, without details. */
export const lastResortErrors =
  (log: (line: string) => void = console.error): ErrorRequestHandler =>
  (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    log(`threadline: unhandled request error: ${(error as Error)?.stack ?? String(error)}`);
    res.status(500).json(errorBody('INTERNAL', 'Internal server error'));
  };
