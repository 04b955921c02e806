// The pattern library (GET /api/v1/patterns): pick a typology, fill its parameters, run it
// (POST /api/v1/patterns/{name}/run) and open what it found on the chart.

import * as api from '../api.js';
import { emit } from '../state.js';
import { h, clear, button, field, showError, notify, words, plural } from '../ui.js';

let listBox;
let detail;
let results;
let patterns = [];

async function load() {
  try {
    const answer = await api.get('/api/v1/patterns');
    patterns = answer.patterns ?? [];
    clear(
      listBox,
      h(
        'ul',
        { class: 'pattern-list', id: 'pattern-list' },
        patterns.map((p) =>
          h(
            'li',
            {},
            button(p.title, () => choose(p), { class: 'pattern-choice', dataset: { name: p.name }, 'aria-describedby': 'q-' + p.name }),
            h('p', { class: 'hint', id: 'q-' + p.name }, p.question),
          ),
        ),
      ),
    );
  } catch (error) {
    showError(error, listBox);
  }
}

/** minCases → "min cases". */
function label(name) {
  return words(name.replace(/([a-z])([A-Z])/g, '$1_$2'));
}

function input(param) {
  const name = 'p-' + param.name;
  switch (param.type) {
    case 'INTEGER':
      return field(label(param.name), h('input', { type: 'number', name, id: name, min: param.min, max: param.max, value: param.defaultValue ?? '', required: true }), param.description);
    case 'DATE':
      return field(label(param.name), h('input', { type: 'date', name, id: name, value: param.defaultValue ?? '' }), param.description + ' Leave empty for no bound.');
    case 'VALUES': {
      const defaults = new Set(param.defaultValue ?? []);
      return h(
        'fieldset',
        { class: 'values' },
        h('legend', {}, label(param.name)),
        h('p', { class: 'hint' }, param.description),
        param.allowed.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: defaults.has(v) }), ' ', words(v))),
      );
    }
    default:
      return field(label(param.name), h('input', { name, id: name, value: param.defaultValue ?? '' }), param.description);
  }
}

function choose(p) {
  for (const b of listBox.querySelectorAll('.pattern-choice')) b.setAttribute('aria-pressed', String(b.dataset.name === p.name));
  const form = h(
    'form',
    { id: 'pattern-form', class: 'pattern-form' },
    p.parameters.map(input),
    h('button', { type: 'submit', class: 'primary', id: 'pattern-run' }, 'Run'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    runPattern(p, form);
  });
  clear(
    detail,
    h('h2', { id: 'pattern-title' }, p.title),
    h('p', { class: 'question' }, p.question),
    h('p', {}, p.description),
    form,
  );
  clear(results);
  form.querySelector('input, select, button')?.focus();
}

function parameters(p, form) {
  const data = new FormData(form);
  const out = {};
  for (const param of p.parameters) {
    const name = 'p-' + param.name;
    if (param.type === 'VALUES') out[param.name] = data.getAll(name);
    else if (param.type === 'INTEGER') out[param.name] = Number(data.get(name));
    else {
      const v = String(data.get(name) ?? '').trim();
      if (v) out[param.name] = v;
    }
  }
  return out;
}

async function runPattern(p, form) {
  clear(results, h('p', { class: 'loading' }, 'Running…'));
  try {
    const answer = await api.post(`/api/v1/patterns/${encodeURIComponent(p.name)}/run`, { parameters: parameters(p, form) });
    render(p, answer);
  } catch (error) {
    showError(error, results);
  }
}

function cell(column, value) {
  if (value === null || value === undefined) return '';
  const open = (id) => button(String(id), () => emit('open-entity', id), { class: 'link' });
  if (column.kind === 'ENTITY') return open(value);
  if (column.kind === 'ENTITIES' || column.kind === 'REPORTS') {
    const list = Array.isArray(value) ? value : [value];
    // a few ids keep the row readable; "Show" puts all of them on the chart
    return list.slice(0, 3).map((id, i) => [i ? ', ' : '', open(id)]).concat(list.length > 3 ? [` … and ${list.length - 3} more`] : []);
  }
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : words(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'number' ? value.toLocaleString('en-GB') : String(value);
}

/** The entities one row names (its ENTITY and ENTITIES columns), to put on the chart. */
function rowEntities(columns, row) {
  return columns
    .filter((c) => c.kind === 'ENTITY' || c.kind === 'ENTITIES')
    .flatMap((c) => (Array.isArray(row[c.name]) ? row[c.name] : row[c.name] ? [row[c.name]] : []));
}

function rowButton(p, columns, row, i) {
  const ids = rowEntities(columns, row);
  if (!ids.length) return '';
  return button('Show', () => {
    emit('add-to-graph', { ids: ids.slice(0, 100), what: `opened row ${i + 1} of ${p.title}` });
    emit('go', 'graph');
  }, { 'aria-label': `Show the entities of row ${i + 1} on the chart`, class: 'row-show' });
}

function render(p, answer) {
  const columns = answer.columns.map((name) => p.columns.find((c) => c.name === name) ?? { name, kind: 'VALUE', description: '' });
  const ids = answer.entityIds ?? [];
  clear(
    results,
    h(
      'p',
      { id: 'pattern-summary', tabindex: '-1' },
      answer.rows.length ? `${plural(answer.rows.length, 'row')}` + (answer.truncated ? ' (more matched: raise the limit or narrow the window)' : '') + `, naming ${plural(ids.length, 'entity', 'entities')}.` : 'Nothing you may see matches this pattern with these parameters.',
    ),
    ids.length
      ? button(`Open ${plural(Math.min(ids.length, 100), 'entity', 'entities')} on the chart`, async () => {
          emit('add-to-graph', { ids: ids.slice(0, 100), what: `opened the results of ${p.title}` });
          if (ids.length > 100) notify('The first 100 entities were added; refine the pattern to see the others.');
          emit('go', 'graph');
        }, { id: 'pattern-open', class: 'primary' })
      : null,
    answer.rows.length
      ? h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'pattern-rows', id: 'pattern-rows' },
            h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', title: c.description }, label(c.name))), h('th', { scope: 'col' }, 'Chart'))),
            h('tbody', {}, answer.rows.map((row, i) => h('tr', {}, columns.map((c) => h('td', {}, cell(c, row[c.name]))), h('td', {}, rowButton(p, columns, row, i))))),
          ),
        )
      : null,
  );
  // the answer is what the person waits for: bring it into view and read it out
  const summary = results.querySelector('#pattern-summary');
  summary.scrollIntoView({ block: 'start' });
  summary.focus({ preventScroll: true });
}

function mount(root) {
  listBox = h('nav', { class: 'pattern-nav', 'aria-label': 'Patterns' }, h('p', { class: 'loading' }, 'Loading the pattern library…'));
  detail = h('div', { class: 'pattern-detail' }, h('p', {}, 'Choose a pattern on the left.'));
  results = h('div', { id: 'pattern-results', class: 'pattern-results', 'aria-live': 'polite' });
  root.append(
    h('h1', { id: 'title-patterns' }, 'Patterns'),
    h('div', { class: 'patterns-body' }, listBox, h('div', {}, detail, results)),
  );
}

function show() {
  if (!patterns.length) load();
}

export default { id: 'patterns', title: 'Patterns', mount, show };
