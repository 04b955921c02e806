// What the views share: who is signed in, the stated purpose, the selected entities and the time window. Views talk
// through these events instead of calling each other, so each one can be read on its own.

const listeners = new Map();

/** Subscribes to an event; returns the function that unsubscribes. */
export function on(event, fn) {
  if (!listeners.has(event)) listeners.set(event, new Set());
  listeners.get(event).add(fn);
  return () => listeners.get(event).delete(fn);
}

export function emit(event, detail) {
  for (const fn of listeners.get(event) ?? []) {
    try {
      fn(detail);
    } catch (e) {
      console.error(`listener of ${event} failed`, e);
    }
  }
}

export const state = {
  /** GET /api/v1/me */
  me: null,
  /** GET /api/v1/ui-config, or null when the server has none */
  config: null,
  /** entity ids selected in the graph or on the map */
  selection: [],
  /** the time window the graph and the map show: {from, to} ISO dates, null for "all time" */
  window: null,
  /** which view is showing */
  view: null,
};

export function hasRole(...roles) {
  return roles.some((r) => state.me?.roles?.includes(r));
}

/** Sets the selection and tells everyone except the one who changed it. */
export function select(ids, source) {
  const unique = [...new Set(ids)];
  const same = unique.length === state.selection.length && unique.every((id, i) => id === state.selection[i]);
  if (same) return;
  state.selection = unique;
  emit('selection', { ids: unique, source });
}

export function setWindow(window, source) {
  state.window = window;
  emit('window', { window, source });
}

/** Whether a fact seen from `first` to `last` (ISO days, either may be missing) falls in the window. */
export function inWindow(first, last, window = state.window) {
  if (!window) return true;
  const start = first ?? last;
  const end = last ?? first;
  if (!start) return true; // undated facts are never filtered away
  return start <= window.to && end >= window.from;
}
