// The timeline of an entity or a case (GET /api/v1/timeline): dated facts in order, each at the precision it was
// reported (day, month or year), drawn as a strip and listed; facts outside the time window are marked as such.

import * as api from '../api.js';
import { state, on, emit, inWindow } from '../state.js';
import { h, clear, button, field, showError, marking, words, plural } from '../ui.js';
import { entities } from './graph.js';

let subjectForm;
let strip;
let listBox;
let heading;
let current = null;
let last = null;

async function load(query) {
  current = query;
  clear(listBox, h('p', { class: 'loading' }, 'Loading the timeline…'));
  clear(strip);
  try {
    const answer = await api.get('/api/v1/timeline', query.entity ? { entity: query.entity } : { case: query.case });
    last = answer;
    render();
  } catch (error) {
    last = null;
    showError(error, listBox);
  }
}

function render() {
  if (!last) return;
  const { subject, entries, total, truncated } = last;
  heading.textContent = `Timeline of ${subject.caption}`;
  const inside = entries.filter((e) => inWindow(e.start, e.end)).length;
  drawStrip(entries);
  clear(
    listBox,
    h(
      'p',
      { id: 'timeline-summary' },
      `${plural(entries.length, 'dated fact')}` + (truncated ? ` (the latest of ${total})` : '') +
        (state.window ? `; ${inside} in the time window.` : '.'),
    ),
    entries.length
      ? h(
          'ol',
          { class: 'timeline', id: 'timeline-list' },
          entries.map((e) =>
            h(
              'li',
              { class: ['entry', inWindow(e.start, e.end) ? '' : 'outside'] },
              h('time', { datetime: e.start }, e.date),
              e.precision && e.precision !== 'DAY' ? h('span', { class: 'precision' }, ` (${words(e.precision)} only)`) : null,
              ' ',
              h('strong', {}, words(e.kind)),
              ' — ',
              e.summary,
              inWindow(e.start, e.end) ? null : h('span', { class: 'outside-note' }, ' — outside the time window'),
              h(
                'div',
                { class: 'entry-meta' },
                e.entities.map((ref, i) => [i ? ', ' : '', button(ref.caption, () => emit('open-entity', ref.id), { class: 'link' })]),
                ' · ',
                button(e.reportId, () => emit('open-entity', e.reportId), { class: 'link', title: 'Open the case report' }),
                e.agency ? ` (${e.agency}) ` : ' ',
                marking(e),
              ),
            ),
          ),
        )
      : h('p', {}, 'No dated fact about it is visible to you.'),
  );
}

/** A strip from the first to the last date: a dot per day-precise fact, a bar for a month or a year. */
function drawStrip(entries) {
  clear(strip);
  if (!entries.length) return;
  const t = (iso) => Date.parse(iso + 'T00:00:00Z');
  const min = Math.min(...entries.map((e) => t(e.start)));
  const max = Math.max(...entries.map((e) => t(e.end)));
  const span = Math.max(max - min, 86400000);
  const width = 1000;
  const x = (iso) => 10 + ((t(iso) - min) / span) * (width - 20);
  const svg = h('svg:svg', { viewBox: `0 0 ${width} 60`, class: 'timeline-strip', role: 'img', 'aria-label': `Timeline from ${entries[0].start} to ${entries[entries.length - 1].end}; the list below has every entry.` });
  svg.append(h('svg:line', { x1: 10, x2: width - 10, y1: 40, y2: 40, class: 'axis' }));
  for (const e of entries) {
    const cls = ['mark', inWindow(e.start, e.end) ? 'in' : 'out'].join(' ');
    const title = h('svg:title', {}, `${e.date} ${words(e.kind)}: ${e.summary}`);
    if (e.start === e.end) svg.append(h('svg:circle', { cx: x(e.start), cy: 30, r: 5, class: cls }, title));
    else svg.append(h('svg:rect', { x: x(e.start), y: 25, width: Math.max(3, x(e.end) - x(e.start)), height: 10, class: cls }, title));
  }
  const first = new Date(min).getUTCFullYear();
  const lastYear = new Date(max).getUTCFullYear();
  for (let year = first; year <= lastYear; year++) {
    const at = Date.UTC(year, 0, 1);
    if (at < min) continue;
    const px = 10 + ((at - min) / span) * (width - 20);
    svg.append(h('svg:line', { x1: px, x2: px, y1: 36, y2: 44, class: 'tick' }), h('svg:text', { x: px + 2, y: 56, class: 'tick-label' }, String(year)));
  }
  strip.append(svg);
}

function refreshChoices() {
  const select = subjectForm.elements.namedItem('entity');
  const chosen = select.value;
  clear(
    select,
    h('option', { value: '' }, 'choose an entity on the chart…'),
    entities()
      .filter((e) => e.label !== 'Report')
      .sort((a, b) => String(a.caption).localeCompare(String(b.caption)))
      .map((e) => h('option', { value: e.id, selected: e.id === chosen }, `${e.caption} (${words(e.label)})`)),
  );
}

function mount(root) {
  heading = h('h1', { id: 'title-timeline' }, 'Timeline');
  subjectForm = h(
    'form',
    { class: 'inline-form', id: 'timeline-form' },
    field('Entity', h('select', { name: 'entity', id: 'timeline-entity' })),
    h('span', { class: 'or' }, 'or'),
    field('Case report id', h('input', { name: 'case', id: 'timeline-case', autocomplete: 'off', placeholder: 'RS-MUP:KU-2026-0173' })),
    h('button', { type: 'submit' }, 'Show'),
  );
  subjectForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(subjectForm);
    const caseId = String(data.get('case') ?? '').trim();
    const entity = String(data.get('entity') ?? '');
    if (caseId) load({ case: caseId });
    else if (entity) load({ entity });
    else if (state.selection.length) load({ entity: state.selection[0] });
    else showError(new Error('Choose an entity on the chart, select one, or give a case report id.'), listBox);
  });
  strip = h('div', { class: 'strip' });
  listBox = h('div', { id: 'timeline-box', 'aria-live': 'polite' });
  root.append(heading, subjectForm, strip, listBox);
  on('timeline', ({ entity }) => load({ entity }));
  on('window', render);
  on('graph-changed', refreshChoices);
}

function show() {
  refreshChoices();
  if (!current && state.selection.length) load({ entity: state.selection[0] });
  else if (!current) clear(listBox, h('p', {}, 'Choose an entity or a case above, or select one on the chart or the map.'));
}

export default { id: 'timeline', title: 'Timeline', timed: true, mount, show };
