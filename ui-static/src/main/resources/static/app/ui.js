// Small DOM helpers shared by the views. Everything is built with DOM calls, never innerHTML with data, and no inline
// style or handler, so the strict content security policy holds.

/**
 * Creates an element. `attrs`: `class`, `text`, `on` ({event: handler}), `dataset`, boolean attributes as true/false,
 * anything else as an attribute. Children may be strings, nodes, arrays, null or false.
 */
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'text') el.textContent = value;
    else if (key === 'on') for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** A button with visible text and, where it has one, its keyboard shortcut. */
export function button(label, onClick, attrs = {}) {
  const { shortcut, ...rest } = attrs;
  return h(
    'button',
    { type: 'button', ...rest, 'aria-keyshortcuts': shortcut, title: shortcut ? `${label} (${shortcut})` : rest.title, on: { click: onClick } },
    label,
  );
}

// ---- markings --------------------------------------------------------------------------------------------------

const TLP_CLASS = { RED: 'red', 'AMBER+STRICT': 'amber-strict', AMBER: 'amber', GREEN: 'green', CLEAR: 'clear' };

/** A TLP label as TLP 2.0 shows it: the words on a dark badge, so the colour is never the only carrier. */
export function tlpBadge(tlp) {
  const label = tlp ? String(tlp).toUpperCase() : 'UNMARKED';
  return h('span', { class: ['tlp', 'tlp-' + (TLP_CLASS[label] ?? 'none')] }, 'TLP:' + label);
}

export function tlpClass(tlp) {
  return TLP_CLASS[String(tlp ?? '').toUpperCase()] ?? 'none';
}

/** TLP, handling code and grading of one fact, e.g. "TLP:AMBER H2 B2". */
export function marking(fact) {
  return h(
    'span',
    { class: 'marking' },
    tlpBadge(fact.tlp),
    fact.handling ? h('abbr', { class: 'handling', title: HANDLING[fact.handling] ?? '' }, fact.handling) : null,
    fact.grading ? h('abbr', { class: 'grading', title: grading(fact.grading) }, fact.grading) : null,
  );
}

export const HANDLING = {
  H0: 'H0: use only to prevent and combat crime',
  H1: 'H1: not for judicial proceedings without the provider’s permission',
  H2: 'H2: no further dissemination without the provider’s permission',
  H3: 'H3: other restrictions stated by the provider',
};

const SOURCE = { A: 'source: no doubt', B: 'source: mostly reliable', C: 'source: mostly unreliable', X: 'source: cannot be assessed' };
const INFO = { 1: 'information: not in doubt', 2: 'information: known personally to the source', 3: 'information: corroborated', 4: 'information: not corroborated' };

export function grading(code) {
  const c = String(code ?? '');
  return [SOURCE[c[0]], INFO[c[1]]].filter(Boolean).join('; ');
}

// ---- words -----------------------------------------------------------------------------------------------------

/** SMUGGLED_MIGRANT → "smuggled migrant". */
export function words(value) {
  return String(value ?? '').toLowerCase().replaceAll('_', ' ');
}

export function plural(n, one, many = one + 's') {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A date at its precision ("2024-03", "2024") stays as given; a full ISO date reads "17 Mar 2024". */
export function day(value) {
  if (!value) return '';
  const s = String(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  const d = new Date(s.slice(0, 10) + 'T00:00:00Z');
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function period(first, last) {
  if (!first && !last) return '';
  if (!last || first === last) return day(first ?? last);
  return `${day(first)} – ${day(last)}`;
}

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

export function today() {
  return isoDay(new Date());
}

// ---- messages --------------------------------------------------------------------------------------------------

/**
 * Says something to the person: `error` into the alert region (read out at once, stays until closed), anything else
 * into the status region (polite, fades).
 */
export function notify(message, kind = 'info', details = []) {
  const region = document.getElementById(kind === 'error' ? 'alerts' : 'status');
  const item = h(
    'div',
    { class: ['message', 'message-' + kind] },
    h('p', {}, message),
    details.length ? h('ul', {}, details.slice(0, 50).map((d) => h('li', {}, d))) : null,
    details.length > 50 ? h('p', {}, `… and ${details.length - 50} more.`) : null,
    button('Close', () => item.remove(), { class: 'link', 'aria-label': 'Close message' }),
  );
  region.append(item);
  // errors stay until closed, but only the latest few are kept: old messages should not cover the screen
  while (region.children.length > 3) region.firstElementChild.remove();
  if (kind !== 'error') setTimeout(() => item.remove(), 8000);
  return item;
}

/** Reports a failed call: in `where` (an element of the view) if given, and always in words a person understands. */
export function showError(error, where) {
  if (error?.name === 'AbortError') return;
  const message = error?.message || String(error);
  const details = error?.details ?? [];
  if (where) {
    clear(
      where,
      h(
        'div',
        { class: ['problem', error?.notAvailable ? 'problem-unavailable' : ''], role: 'alert' },
        h('p', {}, message),
        details.length ? h('ul', {}, details.map((d) => h('li', {}, d))) : null,
      ),
    );
  } else {
    notify(message, 'error', details);
  }
  console.warn(message, error);
}

/** A modal dialog built from `content`; resolves with the value `submit` returns, or null when cancelled. */
export function dialog({ title, content, submitLabel = 'OK', submit, describedBy }) {
  return new Promise((resolve) => {
    const problem = h('div', { class: 'dialog-problem', 'aria-live': 'assertive' });
    const form = h(
      'form',
      { method: 'dialog', class: 'dialog-form' },
      h('h2', { id: 'dialog-title' }, title),
      content,
      problem,
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { type: 'submit', class: 'primary' }, submitLabel),
        h('button', { type: 'button', value: 'cancel', on: { click: () => close(null) } }, 'Cancel'),
      ),
    );
    const el = h('dialog', { 'aria-labelledby': 'dialog-title', 'aria-describedby': describedBy }, form);
    function close(value) {
      el.close();
      el.remove();
      resolve(value);
    }
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const submitButton = form.querySelector('button[type=submit]');
      submitButton.disabled = true;
      try {
        const value = submit ? await submit(new FormData(form)) : true;
        if (value !== undefined) close(value);
      } catch (error) {
        showError(error, problem);
      } finally {
        submitButton.disabled = false;
      }
    });
    el.addEventListener('cancel', (e) => {
      e.preventDefault();
      close(null);
    });
    document.body.append(el);
    el.showModal();
  });
}

/** A labelled form field: label, control, optional hint. */
export function field(label, control, hint) {
  const id = control.id || 'f-' + Math.random().toString(36).slice(2, 9);
  control.id = id;
  const hintEl = hint ? h('span', { class: 'hint', id: id + '-hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, control);
}

/** Saves a blob as a file through a temporary object URL. */
export function save(blob, name) {
  const href = URL.createObjectURL(blob);
  const a = h('a', { href, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
}

/** Marks a region busy for screen readers and shows a short text while `work` runs. */
export async function busy(el, text, work) {
  el.setAttribute('aria-busy', 'true');
  const note = h('p', { class: 'loading' }, text);
  el.prepend(note);
  try {
    return await work();
  } finally {
    note.remove();
    el.removeAttribute('aria-busy');
  }
}

/**
 * A search snippet: the server HTML-escapes the text and marks matches with <mark>…</mark>. We rebuild it as DOM
 * (text nodes and mark elements) instead of trusting it as HTML.
 */
export function snippet(text) {
  const out = h('span', { class: 'snippet' });
  const parts = String(text ?? '').split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const t = unescapeHtml(part);
      out.append(marked ? h('mark', {}, t) : document.createTextNode(t));
    }
  }
  return out;
}

function unescapeHtml(s) {
  return s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

/** True when a key event comes from a place where typing is expected. */
export function typing(event) {
  const t = event.target;
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}
