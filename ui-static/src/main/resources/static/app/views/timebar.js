// The time slider under the chart, the map and the timeline: one window for all three. "All time" filters nothing
// on the chart; the map then counts from the oldest fact on the chart (or five years back).

import { state, on, setWindow } from '../state.js';
import { h, clear, field, addDays, today, day } from '../ui.js';
import { oldestFact } from './graph.js';

let bar;
let startRange;
let endRange;
let fromInput;
let toInput;
let preset;
let summary;
let extentStart = addDays(today(), -5 * 365);
let timer;

const PRESETS = [
  ['all', 'All time'],
  ['30', 'Last 30 days'],
  ['90', 'Last 90 days'],
  ['365', 'Last 12 months'],
  ['1095', 'Last 3 years'],
  ['custom', 'Chosen dates'],
];

/** The window the map and the analytics use: the chosen one, or everything from the oldest fact on the chart. */
export function effectiveWindow() {
  return state.window ?? { from: extentStart, to: today() };
}

function daysBetween(a, b) {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}

function sync() {
  const w = effectiveWindow();
  const span = daysBetween(extentStart, today());
  for (const r of [startRange, endRange]) {
    r.max = String(span);
  }
  startRange.value = String(Math.max(0, daysBetween(extentStart, w.from)));
  endRange.value = String(Math.min(span, daysBetween(extentStart, w.to)));
  startRange.setAttribute('aria-valuetext', day(w.from));
  endRange.setAttribute('aria-valuetext', day(w.to));
  fromInput.value = w.from;
  toInput.value = w.to;
  summary.textContent = state.window
    ? `Showing facts from ${day(w.from)} to ${day(w.to)}.`
    : 'Showing facts of all time.';
}

function choose(from, to, source = 'timebar') {
  if (from > to) [from, to] = [to, from];
  setWindow({ from, to }, source);
  sync();
}

function fromPreset(value) {
  if (value === 'all') {
    setWindow(null, 'timebar');
    sync();
  } else if (value !== 'custom') {
    choose(addDays(today(), -Number(value) + 1), today());
  }
}

/** While a slider moves, the window follows a moment later, so the chart does not redraw on every step. */
function slid() {
  preset.value = 'custom';
  const from = addDays(extentStart, Number(startRange.value));
  const to = addDays(extentStart, Number(endRange.value));
  startRange.setAttribute('aria-valuetext', day(from));
  endRange.setAttribute('aria-valuetext', day(to));
  fromInput.value = from;
  toInput.value = to;
  clearTimeout(timer);
  timer = setTimeout(() => choose(from, to), 150);
}

function typed() {
  if (!fromInput.value || !toInput.value) return;
  preset.value = 'custom';
  choose(fromInput.value, toInput.value);
}

/** The slider reaches back to the oldest fact on the chart, or five years when the chart holds nothing older. */
function updateExtent(oldest) {
  const fallback = addDays(today(), -5 * 365);
  const start = oldest && oldest < fallback ? oldest : fallback;
  if (start !== extentStart) {
    extentStart = start < addDays(today(), -20 * 365) ? addDays(today(), -20 * 365) : start;
    sync();
  }
}

export function mount(el) {
  bar = el;
  preset = h(
    'select',
    { id: 'time-preset', on: { change: (e) => fromPreset(e.target.value) } },
    PRESETS.map(([v, t]) => h('option', { value: v }, t)),
  );
  startRange = h('input', { type: 'range', id: 'time-start', min: '0', step: '1', 'aria-label': 'Start of the time window', on: { input: slid } });
  endRange = h('input', { type: 'range', id: 'time-end', min: '0', step: '1', 'aria-label': 'End of the time window', on: { input: slid } });
  fromInput = h('input', { type: 'date', id: 'time-from', on: { change: typed } });
  toInput = h('input', { type: 'date', id: 'time-to', on: { change: typed } });
  // the dates are in the fields already; the sentence is for screen readers
  summary = h('p', { id: 'time-summary', class: 'visually-hidden', 'aria-live': 'polite' });
  clear(
    bar,
    h('h2', { class: 'visually-hidden' }, 'Time window'),
    field('Time window', preset),
    h('div', { class: 'time-sliders' }, startRange, endRange),
    field('From', fromInput),
    field('To', toInput),
    summary,
  );
  on('graph-changed', () => updateExtent(oldestFact()));
  on('window', ({ source }) => {
    if (source !== 'timebar') sync();
  });
  sync();
}
