import type { ApiError, ApiRoutes } from '../../../server/domain/api';

type Route = keyof ApiRoutes;
type Method<R extends Route> = R extends `${infer M} ${string}` ? M : never;
type Path<R extends Route> = R extends `${string} ${infer P}` ? P : never;

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** What to tell the user when a call failed: the server's message, or `otherwise`. */
export function failureMessage(failure: unknown, otherwise: string): string {
  return failure instanceof Error ? failure.message : otherwise;
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Fills ":id" placeholders in a route path. */
function fill(path: string, params: Record<string, string | number>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(String(params[name] ?? '')));
}

/** A typed call: the route key names the method and path, and fixes the request and response types. */
export async function api<R extends Route>(
  route: R,
  options: {
    params?: Record<string, string | number>;
    /** Query-string fields; empty ones are left out. */
    query?: Record<string, string | number>;
    body?: ApiRoutes[R]['request'] | FormData;
  } = {},
): Promise<ApiRoutes[R]['response']> {
  const [method, path] = route.split(' ') as [Method<R>, Path<R>];
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  const search = new URLSearchParams(
    Object.entries(options.query ?? {})
      .filter(([, value]) => value !== '')
      .map(([name, value]) => [name, String(value)]),
  ).toString();
  const response = await fetch(fill(path, options.params ?? {}) + (search ? `?${search}` : ''), {
    method,
    headers,
    body,
    credentials: 'same-origin',
  });
  const payload: unknown = response.headers.get('content-type')?.includes('json')
    ? await response.json()
    : null;
  if (!response.ok) {
    if (isApiError(payload))
      throw new ApiFailure(response.status, payload.error.code, payload.error.message, payload.error.details);
    throw new ApiFailure(response.status, 'http', `${response.status} ${response.statusText}`);
  }
  return payload as ApiRoutes[R]['response'];
}
