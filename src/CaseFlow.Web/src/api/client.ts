import type { paths } from './schema';

/** A problem details answer (RFC 9457) as the server sends it. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  type?: string;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : unknown;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : unknown;
type BodyOf<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type GetPaths = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type PostPaths = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];
type PutPaths = { [P in keyof paths]: paths[P] extends { put: object } ? P : never }[keyof paths];

let csrf: string | null = null;
let onExpired: () => void = () => {};

/** Called when the server answers 401 to a signed-in page: the session is gone (expired or signed out elsewhere). */
export function onSessionExpired(handler: () => void) {
  onExpired = handler;
}

export async function refreshCsrf() {
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  csrf = res.ok ? ((await res.json()) as { token: string }).token : null;
}

export function clearCsrf() {
  csrf = null;
}

/** Fills `{name}` segments of a path template. */
export function fill(path: string, params: Record<string, string | number> = {}) {
  return path.replace(/\{(\w+)(:\w+)?\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
}

/** A body sent as it is: JSON text the server reads and checks itself (a calendar year), so its problems name the fields. */
class RawJson {
  constructor(public readonly text: string) {}
}

async function send(method: string, url: string, body?: unknown, retried = false): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-TOKEN'] = csrf;
  const res = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : body instanceof RawJson ? body.text : JSON.stringify(body) });
  // Read before anything else: a body left unread keeps the request open in the browser (a signed-out page never goes idle).
  const text = await res.text();
  if (res.status === 401 && !url.startsWith('/api/auth/login')) {
    onExpired();
    throw new ApiError({ status: 401, title: 'session-expired' });
  }
  const json = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  if (!res.ok) {
    const problem = (typeof json === 'object' && json ? json : { title: String(json) }) as Problem;
    if (problem.type === 'urn:caseflow:problem:csrf' && !retried) {
      await refreshCsrf();
      return send(method, url, body, true);
    }
    throw new ApiError({ ...problem, status: res.status });
  }
  return json;
}

/** The typed client: paths and shapes come from the generated OpenAPI types (npm run gen:api). */
export const api = {
  get<P extends GetPaths>(path: P, params?: Record<string, string | number>, query?: string): Promise<Ok<paths[P]['get']>> {
    return send('GET', fill(path, params) + (query ? `?${query}` : '')) as Promise<Ok<paths[P]['get']>>;
  },
  post<P extends PostPaths>(path: P, params?: Record<string, string | number>, body?: BodyOf<paths[P]['post']> | unknown): Promise<Ok<paths[P]['post']>> {
    return send('POST', fill(path, params), body) as Promise<Ok<paths[P]['post']>>;
  },
  put<P extends PutPaths>(path: P, params: Record<string, string | number>, body: BodyOf<paths[P]['put']>): Promise<Ok<paths[P]['put']>> {
    return send('PUT', fill(path, params), body) as Promise<Ok<paths[P]['put']>>;
  },
  putJsonText<P extends PutPaths>(path: P, params: Record<string, string | number>, text: string): Promise<Ok<paths[P]['put']>> {
    return send('PUT', fill(path, params), new RawJson(text)) as Promise<Ok<paths[P]['put']>>;
  },
};
