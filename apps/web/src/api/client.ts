import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The CSRF token of the signed-in session: every write made with the session cookie carries it. */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    // Records' titles come back in the interface's language (else the first stored).
    request.headers.set('Accept-Language', i18next.language);
    return request;
  },
};

/** The typed client of the service's public API, generated from its OpenAPI document (npm run build:web:types). */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'include' });
api.use(csrf);

/** What the API answers on a refusal: a code, a message and, for bad input, the fields at fault. */
export interface ApiProblem {
  code?: string;
  message?: string;
  fields?: { field: string; messages: string[] }[];
}

/** The body of an answer, or an error carrying the API's message (shown as it is to the person). */
export async function unwrap<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw new ApiError(response.status, (error ?? {}) as ApiProblem);
  return data as T;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ApiProblem,
  ) {
    super(problem.message ?? `the service answered ${status}`);
  }
}
