import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import type { SessionUser } from '../auth/sessions';
import { InputError } from '../ingest/errors';
import { ServiceError } from '../review/errors';
import { LanguageCodeError } from '../text/languages';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      user?: SessionUser;
    }
  }
}

/** Parses a request part with its zod schema; every invalid request gets the same 400, naming the field. */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  throw new ServiceError(
    400,
    'invalid_request',
    `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid request'}`,
    result.error.issues,
  );
}

export function currentUser(res: Response): SessionUser {
  const user = res.locals.user;
  if (!user) throw new ServiceError(401, 'unauthenticated', 'sign in first');
  return user;
}

function hasField(error: unknown, field: string, value: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    field in error &&
    (error as Record<string, unknown>)[field] === value
  );
}

export function errorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (error instanceof ServiceError) {
    res.status(error.status).json({
      error: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    });
  } else if (error instanceof InputError) {
    res.status(422).json({ error: { code: 'invalid_input', message: error.message } });
  } else if (error instanceof LanguageCodeError) {
    res.status(400).json({ error: { code: 'invalid_language', message: error.message } });
  } else if (hasField(error, 'type', 'entity.parse.failed')) {
    res.status(400).json({ error: { code: 'invalid_json', message: 'the request body is not valid JSON' } });
  } else if (hasField(error, 'type', 'entity.too.large')) {
    res.status(413).json({ error: { code: 'too_large', message: 'the request body is too large' } });
  } else if (hasField(error, 'code', 'LIMIT_FILE_SIZE')) {
    res
      .status(413)
      .json({ error: { code: 'file_too_large', message: 'an uploaded file is larger than 20 MB' } });
  } else if (hasField(error, 'code', 'LIMIT_UNEXPECTED_FILE')) {
    res.status(400).json({
      error: {
        code: 'invalid_upload',
        message: 'upload the files as "source" and "target", or one bilingual "file"',
      },
    });
  } else {
    console.error(error);
    res.status(500).json({ error: { code: 'internal', message: 'something went wrong on the server' } });
  }
}

export const IdParams = {
  parse(req: Request): number {
    const id = Number(req.params.id);
    if (!Number.isInteger(id) || id <= 0)
      throw new ServiceError(400, 'invalid_request', `id: "${String(req.params.id)}" is not an id`);
    return id;
  },
};
