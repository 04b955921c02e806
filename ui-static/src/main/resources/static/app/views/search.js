// Search across scripts and notations (GET /api/v1/search): results appear while typing, grouped by type, with
// "N records held by agency X" for what the user may not see and a way to ask for it. Below, the exact hit/no-hit
// check for a phone, plate, document or name across every agency (GET /api/v1/hits).

import * as api from '../api.js';
import { emit, on } from '../state.js';
import { h, clear, button, field, showError, snippet, plural, words } from '../ui.js';
import { requestAccess } from './sharing.js';

const TYPES = [
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['phone', 'Phones'],
  ['vehicle', 'Vehicles'],
  ['online', 'Online accounts'],
  ['place', 'Places'],
  ['report', 'Case reports'],
];

const MATCHED = { selector: 'exact match', name: 'name match', text: 'text of a report' };

let input;
let results;
let hitResults;
let hitForm;
let controller;
let timer;
let limit = 20;
let unavailable = false;

function typeKey(type) {
  const t = String(type ?? '').toLowerCase();
  return t === 'online_account' ? 'online' : t;
}

function chosenTypes() {
  return [...document.querySelectorAll('#search-types input:checked')].map((c) => c.value);
}

/** Guesses which selector a query is, for an access request after a hit/no-hit answer. */
function guessSelector(q) {
  const compact = q.replace(/[\s\-()./]/g, '');
  if (/^\+?\d{6,15}$/.test(compact)) return 'PHONE';
  if (/^[A-Za-z]{1,3}\d{2,5}[A-Za-z]{0,3}$/.test(compact) && /\d/.test(compact)) return 'PLATE';
  if (/^[A-Za-z_]+:[A-Za-z]{0,2}:\S+$/.test(q)) return 'DOCUMENT';
  return 'NAME';
}

async function search() {
  const q = input.value.trim();
  controller?.abort();
  if (q.length < 2) {
    clear(results, q ? h('p', { class: 'hint' }, 'Type at least two letters or digits.') : null);
    return;
  }
  controller = new AbortController();
  const signal = controller.signal;
  results.setAttribute('aria-busy', 'true');
  try {
    const types = chosenTypes();
    const answer = await api.get(
      '/api/v1/search',
      { q, limit, types: types.length === TYPES.length ? undefined : types.join(',') },
      { signal },
    );
    render(q, answer);
  } catch (error) {
    if (error.name === 'AbortError') return;
    if (error.notAvailable) unavailable = true;
    showError(error, results);
    if (error.notAvailable) {
      results.append(h('p', {}, 'Use the exact check below for phones, plates, documents and names.'));
    }
  } finally {
    if (!signal.aborted) results.removeAttribute('aria-busy');
  }
}

function render(q, answer) {
  const hits = answer.hits ?? [];
  const hiddenHits = answer.hiddenHits ?? answer.hidden ?? [];
  const groups = new Map(TYPES.map(([key, title]) => [key, { title, hits: [] }]));
  for (const hit of hits) {
    const key = typeKey(hit.type);
    if (!groups.has(key)) groups.set(key, { title: words(hit.type), hits: [] });
    groups.get(key).hits.push(hit);
  }
  const filled = [...groups.entries()].filter(([, g]) => g.hits.length);
  const counts = filled.map(([, g]) => `${g.hits.length} ${g.title.toLowerCase()}`);
  clear(
    results,
    h(
      'p',
      { class: 'search-summary', id: 'search-summary' },
      hits.length ? `${plural(hits.length, 'result')} for “${q}”: ${counts.join(', ')}.` : `Nothing you may see matches “${q}”.`,
    ),
    hiddenHits.length ? hiddenBox(hiddenHits, q) : null,
    filled.map(([key, g]) =>
      h(
        'section',
        { class: 'result-group', 'aria-labelledby': 'group-' + key },
        h('h2', { id: 'group-' + key }, `${g.title} (${g.hits.length})`),
        h('ul', { class: 'hits' }, g.hits.map(hitItem)),
      ),
    ),
    answer.more
      ? button('Show more results', () => {
          limit = 100;
          search();
        })
      : null,
  );
}

function hitItem(hit) {
  return h(
    'li',
    { class: 'hit', dataset: { id: hit.id } },
    h(
      'div',
      { class: 'hit-main' },
      button(hit.label, () => emit('open-entity', hit.id), { class: 'link hit-open', title: 'Open the entity card' }),
      h('span', { class: 'hit-how' }, ` — ${MATCHED[String(hit.matchedBy).toLowerCase()] ?? words(hit.matchedBy)}`),
      hit.reportIds?.length ? h('span', { class: 'hit-reports' }, `, ${plural(hit.reportIds.length, 'report')}`) : null,
    ),
    hit.snippet ? h('p', { class: 'hit-snippet' }, snippet(hit.snippet)) : null,
    button('Add to chart', () => emit('add-to-graph', { ids: [hit.id] }), { class: 'hit-add', 'aria-label': `Add ${hit.label} to the chart` }),
  );
}

function hiddenBox(hiddenHits, value, type, country) {
  return h(
    'div',
    { class: 'hidden-hits', role: 'note' },
    h('h2', {}, 'Held by other agencies'),
    h('p', {}, 'These agencies hold matching records you may not see. Nothing of their content is shown; you can ask them for access.'),
    h(
      'ul',
      {},
      hiddenHits.map((hidden) =>
        h(
          'li',
          { class: 'hidden-hit', dataset: { agency: hidden.agency } },
          h('strong', {}, plural(hidden.count, 'record')),
          ` held by ${hidden.agency} `,
          button('Request access', () => requestAccess({ type: type ?? guessSelector(value), value, country, agency: hidden.agency }), {
            'aria-label': `Request access to the records held by ${hidden.agency}`,
          }),
        ),
      ),
    ),
  );
}

// ---- exact hit/no-hit --------------------------------------------------------------------------------------------

async function check(event) {
  event?.preventDefault();
  const data = new FormData(hitForm);
  const type = String(data.get('type'));
  const value = String(data.get('value') ?? '').trim();
  const country = String(data.get('country') ?? '').trim();
  if (!value) {
    clear(hitResults, h('p', { class: 'problem', role: 'alert' }, 'Enter the phone number, plate, document or name to check.'));
    return;
  }
  hitResults.setAttribute('aria-busy', 'true');
  // the answer to the previous check must not stand beside the new question
  clear(hitResults, h('p', { class: 'loading' }, 'Checking…'));
  try {
    const answer = await api.get('/api/v1/hits', { type, value, country });
    const visible = answer.reportIds ?? [];
    const hidden = answer.hiddenHits ?? [];
    clear(
      hitResults,
      h('p', { id: 'hit-summary' }, `Checked ${words(answer.type)} ${answer.selector}: `,
        visible.length ? `${plural(visible.length, 'report')} you may see` : 'no report you may see',
        hidden.length ? `, and records held by ${plural(hidden.length, 'other agency', 'other agencies')}.` : '.'),
      visible.length
        ? h(
            'ul',
            { class: 'hit-reports-list' },
            visible.map((id) =>
              h(
                'li',
                {},
                button(id, () => emit('open-entity', id), { class: 'link' }),
                ' ',
                button('Add to chart', () => emit('add-to-graph', { ids: [id] }), { 'aria-label': `Add report ${id} to the chart` }),
              ),
            ),
          )
        : null,
      // a plate checked with its country is asked for as typed, with the country beside it
      hidden.length ? hiddenBox(hidden, type === 'PLATE' ? value : answer.selector, type, country) : null,
    );
  } catch (error) {
    showError(error, hitResults);
  } finally {
    hitResults.removeAttribute('aria-busy');
  }
}

function keyboard(event) {
  if (!['ArrowDown', 'ArrowUp'].includes(event.key)) return;
  const items = [...results.querySelectorAll('.hit-open')];
  if (!items.length) return;
  const at = items.indexOf(document.activeElement);
  let next;
  if (event.target === input) next = event.key === 'ArrowDown' ? 0 : -1;
  else if (at >= 0) next = at + (event.key === 'ArrowDown' ? 1 : -1);
  else return;
  event.preventDefault();
  if (next < 0) input.focus();
  else items[Math.min(next, items.length - 1)].focus();
}

function mount(root) {
  input = h('input', {
    type: 'search',
    id: 'search-q',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'e.g. Џавад Хусеини, +381 64 123 4567, BG 123-AB, Šid',
    on: { input: () => {
      limit = 20;
      clearTimeout(timer);
      timer = setTimeout(search, 300);
    } },
  });
  results = h('div', { id: 'search-results', class: 'search-results', 'aria-live': 'polite' });
  hitResults = h('div', { id: 'hit-results', 'aria-live': 'polite' });
  hitForm = h(
    'form',
    { id: 'hit-form', class: 'inline-form', on: { submit: check } },
    field('What', h('select', { name: 'type', id: 'hit-type' }, [['PHONE', 'Phone number'], ['PLATE', 'Registration plate'], ['DOCUMENT', 'Document (TYPE:ISSUER:NUMBER)'], ['NAME', 'Person’s name']].map(([v, t]) => h('option', { value: v }, t)))),
    field('Value', h('input', { name: 'value', id: 'hit-value', autocomplete: 'off', spellcheck: 'false' }), 'Any notation: +381 64…, 064…, BG-123-AB, PASSPORT:AF:P1234567'),
    field('Country (optional)', h('input', { name: 'country', id: 'hit-country', size: 6, autocomplete: 'off' }), 'For national numbers and plates: RS, BA, …'),
    h('button', { type: 'submit', id: 'hit-submit' }, 'Check'),
  );
  root.append(
    h('h1', { id: 'title-search' }, 'Search'),
    h(
      'form',
      { role: 'search', class: 'search-form', on: { submit: (e) => {
        e.preventDefault();
        clearTimeout(timer);
        search();
      } } },
      field('Names, phones, plates, places or words of a report — in any script', input, 'Results appear as you type. ↓ moves into the results.'),
      h(
        'fieldset',
        { id: 'search-types', class: 'types' },
        h('legend', {}, 'Look for'),
        TYPES.map(([value, title]) =>
          h('label', { class: 'check' }, h('input', { type: 'checkbox', value, checked: true, on: { change: search } }), ' ', title),
        ),
      ),
    ),
    results,
    h(
      'section',
      { class: 'hit-check', 'aria-labelledby': 'hit-title' },
      h('h2', { id: 'hit-title' }, 'Exact check across all agencies (hit/no-hit)'),
      h('p', {}, 'Does any agency hold this phone, plate, document or name? You see the reports you may open, and only how many the others hold.'),
      hitForm,
      hitResults,
    ),
  );
  root.addEventListener('keydown', keyboard);
  on('hit-check', ({ type, value, country }) => {
    hitForm.elements.namedItem('type').value = type;
    hitForm.elements.namedItem('value').value = value;
    hitForm.elements.namedItem('country').value = country ?? '';
    check();
  });
}

export default {
  id: 'search',
  title: 'Search',
  mount,
  show() {
    if (!unavailable) input?.focus();
  },
  focus() {
    setTimeout(() => input?.focus(), 0);
  },
};
