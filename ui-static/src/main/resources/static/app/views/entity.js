// The entity panel: the card of one entity (GET /api/v1/entities/{id}) with every visible fact and where it came
// from, name variants, roles, selectors; actions to put it on the chart, see its timeline, check who else holds it.

import * as api from '../api.js';
import { emit, on, hasRole } from '../state.js';
import { h, clear, button, marking, showError, words, period, day, plural } from '../ui.js';
import { suggestions, card as suggestionCard } from './resolution.js';

let panel;
let current = null;
let request = 0;

const KIND_WORDS = {
  Person: 'person', Organisation: 'organisation', Location: 'place', Phone: 'phone', Vehicle: 'vehicle',
  Document: 'document', Account: 'account', OnlineAccount: 'online account', Incident: 'incident', Leg: 'journey leg',
  Report: 'case report',
};

export function mount(el) {
  panel = el;
  on('open-entity', (id) => open(id));
  on('close-entity', close);
}

export function close() {
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  current = null;
  document.body.classList.remove('with-panel');
  emit('panel', null);
}

/** Opens the card of `id`; `focus` moves the keyboard focus into the panel (when opened from a list or button). */
export async function open(id, { focus = false } = {}) {
  if (!panel) return;
  current = id;
  const mine = ++request;
  panel.hidden = false;
  document.body.classList.add('with-panel');
  clear(panel, header(id, id, null), h('p', { class: 'loading' }, 'Loading the entity card…'));
  try {
    const card = await api.get(api.entityPath(id), { facts: 100 });
    if (mine !== request) return;
    render(card);
  } catch (error) {
    if (mine !== request) return;
    const problem = h('div');
    clear(panel, header(id, id, null), problem);
    showError(error, problem);
  }
  if (focus) panel.focus();
}

function header(id, caption, label) {
  return h(
    'header',
    { class: 'panel-header' },
    h('h2', { id: 'entity-title' }, caption),
    label ? h('p', { class: 'kind' }, KIND_WORDS[label] ?? words(label)) : null,
    h('p', { class: 'entity-id' }, h('span', { class: 'visually-hidden' }, 'Identifier: '), h('code', {}, id)),
    button('Close', close, { class: 'panel-close', shortcut: 'Escape', 'aria-label': 'Close the entity panel' }),
  );
}

/** What a hit/no-hit check can ask about this entity, if anything. */
function selectorOf(entity) {
  const p = entity.properties ?? {};
  if (entity.label === 'Phone' && p.e164) return { type: 'PHONE', value: p.e164 };
  if (entity.label === 'Vehicle' && p.plate) return { type: 'PLATE', value: p.plate, country: p.country };
  if (entity.label === 'Person' && entity.caption && !/^(victim|smuggled migrant|person)\b/.test(entity.caption)) {
    return { type: 'NAME', value: entity.caption };
  }
  return null;
}

function render(card) {
  const e = card.entity;
  const actions = h(
    'div',
    { class: 'panel-actions' },
    button('Add to chart', () => emit('add-to-graph', { ids: [e.id] }), { id: 'entity-add' }),
    button('Timeline', () => {
      emit('timeline', { entity: e.id, caption: e.caption });
      emit('go', 'timeline');
    }),
    e.label === 'Location' && Number.isFinite(e.properties?.lat)
      ? button('Show on map', () => {
          emit('go', 'map');
          emit('map-focus', { lat: e.properties.lat, lon: e.properties.lon, id: e.id });
        })
      : null,
    e.label === 'Report' && hasRole('LIAISON_OFFICER')
      ? button('Marking and sharing', () => {
          emit('go', 'sharing');
          emit('open-marking', e.id);
        })
      : null,
    selectorOf(e) && hasRole('INVESTIGATOR', 'ANALYST', 'LIAISON_OFFICER')
      ? button('Who else holds this?', () => {
          emit('go', 'search');
          emit('hit-check', selectorOf(e));
        })
      : null,
  );
  const summary = h(
    'dl',
    { class: 'summary' },
    dt('Seen', period(card.firstSeen, card.lastSeen) || 'no dated facts'),
    card.countries?.length ? dt('Countries', card.countries.join(', ')) : null,
    card.agencies?.length ? dt('Reported by', card.agencies.join(', ')) : null,
    dt(
      'Facts',
      `${card.totalFacts}` +
        (Object.keys(card.factsByType ?? {}).length
          ? ' (' + Object.entries(card.factsByType).map(([t, n]) => `${words(t)} ${n}`).join(', ') + ')'
          : ''),
    ),
    Object.keys(card.neighboursByLabel ?? {}).length
      ? dt('Linked to', Object.entries(card.neighboursByLabel).map(([l, n]) => `${n} ${KIND_WORDS[l] ?? words(l)}`).join(', '))
      : null,
    ...properties(e),
  );
  clear(
    panel,
    header(e.id, e.caption, e.label),
    actions,
    summary,
    card.nameVariants?.length
      ? section('Names and spellings', h('ul', { class: 'variants' }, card.nameVariants.map((n) => h('li', { lang: '' }, n))))
      : null,
    card.roles?.length
      ? section(
          'Roles in cases',
          h(
            'ul',
            {},
            // a report names the role of a person and of their part in an incident: one line per role and report
            uniqueBy(card.roles, (r) => r.role + '|' + r.reportId).map((r) =>
              h('li', {}, words(r.role), r.caseType ? ` (${r.caseType})` : '', ' in ', reportLink(r.reportId)),
            ),
          ),
        )
      : null,
    card.selectors?.length
      ? section(
          e.label === 'Person' ? 'Phones, vehicles, documents, accounts' : 'Used by',
          h(
            'ul',
            {},
            card.selectors.map((s) =>
              h(
                'li',
                {},
                button(s.node.caption, () => open(s.node.id, { focus: true }), { class: 'link' }),
                ` — ${KIND_WORDS[s.node.label] ?? words(s.node.label)}, ${plural(s.reportIds.length, 'report')}`,
              ),
            ),
          ),
        )
      : null,
    e.properties?.narrative ? section('Narrative', h('p', { class: 'narrative' }, String(e.properties.narrative))) : null,
    e.label === 'Person' && hasRole('INVESTIGATOR', 'ANALYST') ? sameAs(e.id) : null,
    section(
      card.totalFacts > card.facts.length ? `Latest ${card.facts.length} of ${card.totalFacts} facts` : `Facts (${card.facts.length})`,
      facts(card.facts),
    ),
  );
}

/** Resolution suggestions about this person, waiting for a decision; filled in when they arrive. */
function sameAs(personId) {
  const box = h('section', { class: 'panel-section', id: 'entity-same-as', hidden: true });
  suggestions('PENDING', 200)
    .then((list) => {
      const mine = list.filter((s) => s.from.personId === personId || s.to.personId === personId);
      if (!mine.length || current !== personId) return;
      clear(box, h('h3', {}, `Possibly the same person (${mine.length})`), h('ul', { class: 'suggestions' }, mine.map((s) => suggestionCard(s, () => open(personId)))));
      box.hidden = false;
    })
    .catch((error) => {
      if (!error.notAvailable) showError(error);
    });
  return box;
}

function uniqueBy(list, key) {
  const seen = new Set();
  return list.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
}

function dt(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function section(title, content) {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), content);
}

const HIDDEN_PROPS = new Set(['narrative', 'roles', 'nationalities', 'ageBands', 'minor', 'lat', 'lon']);

/** The node's own properties in words (a vehicle's make, a place's kind, a person's nationalities, …). */
function properties(e) {
  const p = e.properties ?? {};
  const out = [];
  if (p.roles?.length) out.push(dt('Roles', p.roles.map(words).join(', ')));
  if (p.nationalities?.length) out.push(dt('Nationality', p.nationalities.join(', ')));
  if (p.ageBands?.length) out.push(dt('Age band', p.ageBands.join(', ')));
  if (p.minor) out.push(dt('Minor', 'yes — identity protected'));
  for (const [k, v] of Object.entries(p)) {
    if (HIDDEN_PROPS.has(k) || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    out.push(dt(words(k.replace(/([A-Z])/g, '_$1')), Array.isArray(v) ? v.join(', ') : String(v)));
  }
  return out;
}

function reportLink(reportId) {
  return button(reportId, () => open(reportId, { focus: true }), { class: 'link', title: 'Open the case report' });
}

function facts(list) {
  if (!list.length) return h('p', {}, 'No facts about it are visible to you.');
  return h(
    'table',
    { class: 'facts' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, 'Fact'), h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Source and marking')),
    ),
    h(
      'tbody',
      {},
      list.map((f) => {
        const details = Object.entries(f.properties ?? {})
          .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length))
          .map(([k, v]) => `${words(k.replace(/([A-Z])/g, '_$1'))}: ${Array.isArray(v) ? v.map(words).join(', ') : words(v)}`);
        return h(
          'tr',
          {},
          h(
            'td',
            {},
            f.direction === 'INCOMING' ? h('span', { class: 'dir' }, '← ') : h('span', { class: 'dir' }, '→ '),
            h('span', { class: 'rel' }, words(f.type)),
            ' ',
            button(f.other.caption, () => open(f.other.id, { focus: true }), { class: 'link' }),
            h('span', { class: 'kind-inline' }, ` (${KIND_WORDS[f.other.label] ?? words(f.other.label)})`),
            details.length ? h('div', { class: 'fact-details' }, details.join('; ')) : null,
          ),
          h('td', {}, period(f.provenance.firstSeen, f.provenance.lastSeen)),
          h(
            'td',
            {},
            reportLink(f.provenance.reportId),
            h('div', {}, f.provenance.agency, f.provenance.reportedOn ? `, reported ${day(f.provenance.reportedOn)}` : ''),
            marking(f.provenance),
          ),
        );
      }),
    ),
  );
}

export function currentId() {
  return current;
}
