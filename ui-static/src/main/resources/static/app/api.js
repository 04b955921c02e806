// The one way the workspace talks to the server: fetch with the session cookie, the CSRF token on every change,
// the stated purpose on every request, and RFC 9457 problems turned into ApiError with words a person understands.

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const PURPOSE_HEADER = 'X-Purpose';

let purposeOf = () => '';
let onUnauthenticated = () => {};
let onPurposeMissing = () => {};

/** Wires the session: where the purpose comes from and what to do when the login or the purpose is missing. */
export function configure(options) {
  purposeOf = options.purpose ?? purposeOf;
  onUnauthenticated = options.unauthenticated ?? onUnauthenticated;
  onPurposeMissing = options.purposeMissing ?? onPurposeMissing;
}

/** An answer that is not 2xx, or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(status, problem, request) {
    super(describe(status, problem, request));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? {};
    this.request = request;
  }

  /** The server has no such endpoint (yet): a feature this deployment does not offer. */
  get notAvailable() {
    return isMissingEndpoint(this.status, this.problem);
  }

  /** Field-level problems (`errors` of a 400/422 problem), each as one readable line. */
  get details() {
    const errors = Array.isArray(this.problem.errors) ? this.problem.errors : [];
    return errors.map(errorLine);
  }
}

function isMissingEndpoint(status, problem) {
  if (status === 405) return true;
  if (status !== 404) return false;
  const type = problem?.type;
  const detail = String(problem?.detail ?? '');
  // Spring answers an unmapped path with a generic 404 ("No static resource …"); our own 404s carry a problem type.
  return (!type || type === 'about:blank') && (/^No (static resource|endpoint|handler)/i.test(detail) || !detail);
}

function errorLine(e) {
  if (typeof e === 'string') return e;
  const where = [];
  if (e.source) where.push(e.source + (e.line ? ` line ${e.line}` : ''));
  else if (Number.isInteger(e.record)) where.push(`record ${e.record + 1}`);
  if (e.reportId) where.push(e.reportId);
  if (e.path) where.push(e.path);
  if (e.field) where.push(e.field);
  if (e.parameter) where.push(e.parameter);
  const message = e.message ?? e.detail ?? JSON.stringify(e);
  return where.length ? `${where.join(', ')}: ${message}` : message;
}

/** One sentence for a person: what went wrong and what to do, never a stack trace or a bare status code. */
function describe(status, problem, request) {
  const detail = problem?.detail ? String(problem.detail) : '';
  const what = request ? `${request.method} ${request.path}` : 'the request';
  if (status === 0) return 'The server cannot be reached. Check the network connection and try again; nothing was changed.';
  if (isMissingEndpoint(status, problem)) return `This function is not available on this server (${what}).`;
  switch (status) {
    case 400:
      return detail || 'The server could not accept this request: a value is missing or not valid.';
    case 401:
      return 'Your session has ended. Please sign in again.';
    case 403:
      return detail && !/role does not allow/i.test(detail)
        ? detail
        : 'Your role does not allow this action. Ask your administrator if you need it.';
    case 404:
      return detail || 'Not found, or not visible to you.';
    case 409:
      return detail || 'This conflicts with a change someone else made. Reload and try again.';
    case 413:
      return detail || 'The file or request is too large for this server.';
    case 422:
      return detail || 'The server understood the request but refused it.';
    case 429:
      return detail || 'Too many requests in a short time. Wait a moment and try again.';
    case 503:
      return detail || 'The server is busy or a query took too long. Narrow the question or try again shortly.';
    default:
      if (status >= 500) return `The server failed to answer (${status}). Try again; if it keeps happening, tell your administrator.`;
      return detail || `The request failed (${status}).`;
  }
}

function cookie(name) {
  const prefix = name + '=';
  for (const part of document.cookie.split(';')) {
    const c = part.trim();
    if (c.startsWith(prefix)) return decodeURIComponent(c.slice(prefix.length));
  }
  return null;
}

/**
 * The CSRF token of the browser session. Spring Security writes the cookie lazily, when something asks for the token;
 * its login page does, so a GET of it mints one when the cookie is missing (first visit, or right after a login).
 */
export async function csrfToken() {
  let token = cookie(CSRF_COOKIE);
  if (!token) {
    await fetch('/login', { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
    token = cookie(CSRF_COOKIE);
  }
  return token;
}

/** HTTP headers carry Latin-1 only: a purpose in Cyrillic or with ë/ç beyond it travels as a query parameter. */
function purposeFits(purpose) {
  return /^[\x20-\x7e\xa0-\xff]*$/.test(purpose);
}

export function url(path, params) {
  const u = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => u.searchParams.append(key, v));
    else u.searchParams.set(key, value);
  }
  return u;
}

async function prepare(method, path, params, headers) {
  const purpose = purposeOf();
  const all = { Accept: 'application/json, application/problem+json', ...headers };
  const query = { ...params };
  if (purpose) {
    if (purposeFits(purpose)) all[PURPOSE_HEADER] = purpose;
    else query.purpose = purpose;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await csrfToken();
    if (token) all[CSRF_HEADER] = token;
  }
  return { target: url(path, query), headers: all };
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return {};
    }
  }
  return {};
}

async function send(method, path, { params, body, headers, signal, raw, retried = false } = {}) {
  const { target, headers: all } = await prepare(method, path, params, headers);
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob) && typeof body !== 'string') {
    payload = JSON.stringify(body);
    all['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(target, { method, headers: all, body: payload, credentials: 'same-origin', signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, {}, { method, path });
  }
  if (response.status === 403 && method !== 'GET' && !retried) {
    // A stale CSRF token (the session changed under us) is refused like a missing role: renew it and try once more.
    document.cookie = `${CSRF_COOKIE}=; Max-Age=0; path=/`;
    return send(method, path, { params, body, headers, signal, raw, retried: true });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    const error = new ApiError(response.status, problem, { method, path });
    if (response.status === 401) onUnauthenticated(error);
    if (response.status === 400 && /purpose/i.test(String(problem.title ?? ''))) onPurposeMissing(error);
    throw error;
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path, params, options = {}) => send('GET', path, { ...options, params });
export const post = (path, body, options = {}) => send('POST', path, { ...options, body });
export const put = (path, body, options = {}) => send('PUT', path, { ...options, body });

/** A POST whose answer is a file: returns {blob, name, headers}. */
export async function download(path, body) {
  const response = await send('POST', path, { body, raw: true });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), name: match ? match[1] : 'download', headers: response.headers };
}

/**
 * An upload with progress (fetch reports none): XMLHttpRequest with the same CSRF token, purpose and error handling.
 * `onProgress(fraction)` is called while the body is sent; the promise resolves with the parsed answer.
 */
export async function upload(path, body, { contentType, params, onProgress } = {}) {
  const { target, headers } = await prepare('POST', path, params, contentType ? { 'Content-Type': contentType } : {});
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', target);
    xhr.withCredentials = true;
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, {}, { method: 'POST', path })));
    xhr.addEventListener('load', () => {
      let answer = {};
      try {
        answer = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      } catch {
        answer = {};
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(answer);
        return;
      }
      const error = new ApiError(xhr.status, answer, { method: 'POST', path });
      if (xhr.status === 401) onUnauthenticated(error);
      reject(error);
    });
    xhr.send(body);
  });
}

/** Entity ids may hold '/', '#', '+' and ':'; the server takes the rest of the path, so slashes stay literal. */
export function entityPath(id) {
  return '/api/v1/entities/' + String(id).split('/').map(encodeURIComponent).join('/');
}

/** Logs in with the form login of the server (a local account); resolves true when the session is a user's. */
export async function login(username, password) {
  const token = await csrfToken();
  const form = new URLSearchParams({ username, password });
  let response;
  try {
    response = await fetch('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', [CSRF_HEADER]: token ?? '' },
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, {}, { method: 'POST', path: '/login' });
  }
  if (response.status === 429) {
    throw new ApiError(429, await problemOf(response), { method: 'POST', path: '/login' });
  }
  // Success and failure are both redirects (to the page asked for, or to /login?error): ask who we are now.
  return !response.url.includes('/login?error');
}

/**
 * Ends the session; resolves with where to go next: the identity provider's sign-out when the session came from it
 * (the server answers JSON then), else the workspace.
 */
export async function logout() {
  const token = await csrfToken();
  const response = await fetch('/logout', {
    method: 'POST',
    headers: { [CSRF_HEADER]: token ?? '', Accept: 'application/json' },
    credentials: 'same-origin',
  }).catch(() => null);
  if (!response?.ok || !response.headers.get('Content-Type')?.includes('application/json')) return '/';
  const answer = await response.json().catch(() => ({}));
  return typeof answer.next === 'string' ? answer.next : '/';
}
