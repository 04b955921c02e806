// Sharing and access: the access requests a user filed and their answers; for liaison officers, the requests
// addressed to their agency (grant or refuse) and the markings of their agency's reports (widen or narrow).

import * as api from '../api.js';
import { state, on, emit, hasRole } from '../state.js';
import { h, clear, button, field, dialog, notify, showError, tlpBadge, words, day, plural, HANDLING } from '../ui.js';

const SELECTOR_TYPES = [
  ['PHONE', 'Phone number'],
  ['PLATE', 'Registration plate'],
  ['DOCUMENT', 'Document (TYPE:ISSUER:NUMBER)'],
  ['NAME', 'Person’s name'],
];

const TLPS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const TLP_MEANING = {
  CLEAR: 'public',
  GREEN: 'the regional community',
  AMBER: 'your agency and the countries and agencies named',
  'AMBER+STRICT': 'your agency and the agencies named, nobody else',
  RED: 'named recipients only',
};

let received;
let mine;
let markingBox;
let markingForm;
let reportsBox;
let showAll = false;

/** Files an access request after a hit/no-hit answer: the owner's liaison officers will grant or refuse it. */
export async function requestAccess({ type = 'NAME', value = '', country = '', agency }) {
  const typeSelect = h('select', { name: 'type', id: 'access-type' }, SELECTOR_TYPES.map(([v, t]) => h('option', { value: v, selected: v === type }, t)));
  const filed = await dialog({
    title: `Request access to records of ${agency}`,
    submitLabel: 'Send request',
    content: h(
      'div',
      {},
      h('p', {}, `${agency}'s liaison officers will see who you are, your agency, what you asked about and why. They may grant all, some or none of the records.`),
      h('input', { type: 'hidden', name: 'agency', value: agency }),
      field('What you searched for', typeSelect),
      field('Value', h('input', { name: 'value', id: 'access-value', value, required: true, autocomplete: 'off' })),
      field('Country (optional)', h('input', { name: 'country', id: 'access-country', value: country ?? '', size: 6 }), 'Only for national phone numbers and plates'),
      field('Why you need it', h('textarea', { name: 'justification', id: 'access-justification', rows: 3, required: true, maxlength: 1000 }), 'Your case and why these records matter to it. Required.'),
    ),
    submit: async (data) => {
      const justification = String(data.get('justification') ?? '').trim();
      if (!justification) throw new Error('Please say why you need these records.');
      return api.post('/api/v1/access-requests', {
        type: data.get('type'),
        value: String(data.get('value') ?? '').trim(),
        country: String(data.get('country') ?? '').trim() || null,
        agency: data.get('agency'),
        justification,
      });
    },
  });
  if (filed) {
    notify(`Request sent to ${filed.agency}. Its status is ${words(filed.status)}; follow it under Sharing.`);
    emit('access-requests-changed');
  }
  return filed;
}

// ---- my requests ---------------------------------------------------------------------------------------------------

async function loadMine() {
  try {
    const answer = await api.get('/api/v1/access-requests/mine');
    const list = answer.requests ?? [];
    clear(
      mine,
      list.length
        ? h(
            'table',
            { class: 'requests', id: 'my-requests' },
            h('thead', {}, h('tr', {}, ['Asked', 'Of', 'About', 'Status', 'Answer'].map((t) => h('th', { scope: 'col' }, t)))),
            h(
              'tbody',
              {},
              list.map((r) =>
                h(
                  'tr',
                  { dataset: { id: r.id, status: r.status } },
                  h('td', {}, day(r.filedAt)),
                  h('td', {}, r.agency),
                  h('td', {}, `${words(r.type)} ${r.selector}`),
                  h('td', {}, h('span', { class: ['status', 'status-' + r.status.toLowerCase()] }, words(r.status))),
                  h(
                    'td',
                    {},
                    r.reason ? h('p', {}, r.reason) : null,
                    r.grantedReportIds?.length
                      ? h('ul', {}, r.grantedReportIds.map((id) => h('li', {}, button(id, () => emit('open-entity', id), { class: 'link' }), ' ', button('Add to chart', () => emit('add-to-graph', { ids: [id] })))))
                      : r.status === 'PENDING'
                        ? 'waiting for an answer'
                        : null,
                  ),
                ),
              ),
            ),
          )
        : h('p', {}, 'You have not asked any agency for access yet. Search or use the exact check; where other agencies hold records, you can ask them.'),
    );
  } catch (error) {
    showError(error, mine);
  }
}

// ---- requests received (liaison officers) ------------------------------------------------------------------------

async function loadReceived() {
  try {
    const answer = await api.get('/api/v1/access-requests/received', { status: showAll ? undefined : 'PENDING' });
    const list = answer.requests ?? [];
    clear(
      received,
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', id: 'received-all', checked: showAll, on: { change: (e) => {
          showAll = e.target.checked;
          loadReceived();
        } } }),
        ' Show answered requests too',
      ),
      list.length
        ? h('ul', { class: 'received', id: 'received-requests' }, list.map(requestCard))
        : h('p', { id: 'received-none' }, showAll ? 'No agency has asked for your records yet.' : 'No request is waiting for an answer.'),
    );
  } catch (error) {
    showError(error, received);
  }
}

function requestCard(r) {
  const pending = r.status === 'PENDING';
  return h(
    'li',
    { class: 'request', dataset: { id: r.id, status: r.status } },
    h('h3', {}, `${r.requester} (${r.requesterAgency}) asks about ${words(r.type)} ${r.selector}`),
    h('p', {}, h('strong', {}, 'Why: '), r.justification),
    h('p', {}, `Filed ${day(r.filedAt)}. ${plural(r.matchingRecords ?? 0, 'matching report')}: `, (r.reportIds ?? []).map((id, i) => [i ? ', ' : '', button(id, () => emit('open-entity', id), { class: 'link' })])),
    h('p', {}, 'Status: ', h('span', { class: ['status', 'status-' + r.status.toLowerCase()] }, words(r.status)), r.decidedBy ? ` by ${r.decidedBy} on ${day(r.decidedAt)}` : '', r.reason ? ` — ${r.reason}` : ''),
    pending
      ? h(
          'div',
          { class: 'request-actions' },
          button('Grant…', () => decide(r, true), { class: 'primary', 'aria-label': `Grant the request of ${r.requester}` }),
          button('Refuse…', () => decide(r, false), { 'aria-label': `Refuse the request of ${r.requester}` }),
        )
      : null,
  );
}

async function decide(r, grant) {
  const reports = r.reportIds ?? [];
  const content = grant
    ? h(
        'div',
        {},
        h('p', {}, `${r.requesterAgency} will see the facts of the reports you tick. Their markings widen to name ${r.requesterAgency}.`),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Reports to release'),
          reports.map((id) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'report', value: id, checked: true }), ' ', id)),
        ),
        field(
          'Handling code for the recipient',
          h('select', { name: 'handling', id: 'grant-handling' }, h('option', { value: '' }, 'keep each report’s own'), Object.entries(HANDLING).map(([code, text]) => h('option', { value: code }, text))),
        ),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'minors' }), ' Include facts about minors (only if strictly necessary)'),
        field('Note to the requester (optional)', h('textarea', { name: 'reason', rows: 2, maxlength: 1000 })),
      )
    : h(
        'div',
        {},
        h('p', {}, `${r.requester} will see your reason. Nothing of the records is released.`),
        field('Reason', h('textarea', { name: 'reason', id: 'refuse-reason', rows: 3, required: true, maxlength: 1000 })),
      );
  const decided = await dialog({
    title: grant ? `Grant access to ${r.requesterAgency}` : `Refuse the request of ${r.requester}`,
    submitLabel: grant ? 'Grant access' : 'Refuse',
    content,
    submit: async (data) => {
      const reason = String(data.get('reason') ?? '').trim() || null;
      if (!grant && !reason) throw new Error('Please give a reason for refusing.');
      const chosen = data.getAll('report');
      if (grant && reports.length && !chosen.length) throw new Error('Tick at least one report, or refuse the request instead.');
      return api.post(`/api/v1/access-requests/${encodeURIComponent(r.id)}/decision`, {
        decision: grant ? 'GRANT' : 'REFUSE',
        reportIds: grant ? chosen : null,
        handling: grant ? String(data.get('handling') ?? '') || null : null,
        includeMinors: grant ? data.get('minors') === 'on' : false,
        reason,
      });
    },
  });
  if (decided) {
    notify(grant ? `Access granted to ${r.requesterAgency} for ${plural(decided.grantedReportIds?.length ?? 0, 'report')}.` : 'Request refused.');
    loadReceived();
  }
}

// ---- markings of my agency's reports (liaison officers) ---------------------------------------------------------

let ownFilter = '';
let ownLoads = 0;

/** The latest reports of the liaison officer's agency with their markings (GET /api/v1/markings/own). */
async function loadOwn() {
  if (!reportsBox) return;
  // only the answer to the latest question is shown: an earlier, slower one must not replace it
  const load = ++ownLoads;
  try {
    const params = { limit: 50 };
    if (ownFilter) params.reference = ownFilter;
    const page = await api.get('/api/v1/markings/own', params);
    if (load === ownLoads) renderOwn(page);
  } catch (error) {
    if (load === ownLoads) showError(error, reportsBox);
  }
}

function renderOwn(page) {
  const reports = page.reports ?? [];
  clear(
    reportsBox,
    h(
      'p',
      { class: 'hint', id: 'own-count' },
      reports.length < page.total
        ? `The latest ${reports.length} of ${plural(page.total, 'report')}${ownFilter ? ` whose reference contains “${ownFilter}”` : ''}.`
        : `${plural(page.total, 'report')}${ownFilter ? ` whose reference contains “${ownFilter}”` : ''}.`,
    ),
    reports.length
      ? h(
          'table',
          { class: 'own-reports', id: 'own-reports' },
          h('thead', {}, h('tr', {}, ['Report', 'Reported', 'Type', 'Marking', 'Released to'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            reports.map((r) =>
              h(
                'tr',
                {},
                h('td', {}, button(r.reportId, () => openMarking(r.reportId), { class: 'link', 'aria-label': `Marking of ${r.reportId}` }), r.version > 1 ? ` (version ${r.version})` : ''),
                h('td', {}, day(r.reportedOn)),
                h('td', {}, r.type),
                h('td', {}, tlpBadge(r.tlp), ' ', HANDLING[r.handling] ?? r.handling),
                h('td', {}, (r.releasableTo ?? []).join(', ') || '—'),
              ),
            ),
          ),
        )
      : null,
  );
}

async function openMarking(reportId) {
  markingForm.elements.namedItem('report').value = reportId;
  try {
    const m = await api.get('/api/v1/markings', { report: reportId });
    renderMarking(m);
  } catch (error) {
    showError(error, markingBox);
  }
}

/** Who an audience token of a report lets in, in words. */
function audienceWords(token) {
  const [kind, value] = token.split(':');
  if (token === 'public') return 'everyone (public)';
  if (kind === 'agency') return `the agency ${value}`;
  if (kind === 'country') return `every agency of ${value}`;
  if (kind === 'region') return value === 'WB' ? 'the Western Balkans community' : `the community ${value}`;
  return token;
}

function list(values) {
  return values?.length ? values.join(', ') : 'nobody else';
}

function renderMarking(m) {
  const owner = m.agency === state.me?.agency;
  clear(
    markingBox,
    h('h3', { id: 'marking-title' }, `Marking of ${m.reportId}`),
    h(
      'dl',
      { class: 'summary', id: 'marking-current' },
      h('dt', {}, 'TLP'),
      h('dd', {}, tlpBadge(m.tlp), ` — ${TLP_MEANING[m.tlp] ?? ''}`),
      h('dt', {}, 'Handling'),
      h('dd', {}, `${m.handling}: ${m.handlingMeaning}`),
      owner ? [h('dt', {}, 'Released to'), h('dd', { id: 'marking-releasable' }, list(m.releasableTo))] : null,
      owner ? [h('dt', {}, 'Minors’ facts released to'), h('dd', {}, list(m.minorsReleasableTo))] : null,
      owner ? [h('dt', {}, 'May export it although H2'), h('dd', {}, list(m.exportAllowedTo))] : null,
      owner
        ? [
            h('dt', {}, 'Who sees it now'),
            h('dd', { id: 'marking-audience' }, h('ul', {}, (m.audience ?? []).map((t) => h('li', {}, h('code', {}, t), ' — ', audienceWords(t))))),
          ]
        : null,
    ),
    owner && hasRole('LIAISON_OFFICER') ? editForm(m) : h('p', {}, 'Only the liaison officers of the owning agency may change this marking.'),
  );
}

function splitList(text) {
  return String(text ?? '')
    .split(/[\s,;]+/)
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
}

function editForm(m) {
  const form = h(
    'form',
    { class: 'marking-form', id: 'marking-edit' },
    h('h4', {}, 'Widen or narrow'),
    field('TLP', h('select', { name: 'tlp', id: 'marking-tlp' }, TLPS.map((t) => h('option', { value: t, selected: t === m.tlp }, `TLP:${t} — ${TLP_MEANING[t]}`)))),
    field('Handling code', h('select', { name: 'handling', id: 'marking-handling' }, Object.entries(HANDLING).map(([c, t]) => h('option', { value: c, selected: c === m.handling }, t)))),
    field('Released to (countries and agencies)', h('input', { name: 'releasableTo', id: 'marking-release', value: (m.releasableTo ?? []).join(', '), autocomplete: 'off' }), 'Separate with commas, e.g. BA, ME-UP. RED and AMBER+STRICT take agencies only.'),
    field('Minors’ facts released to (agencies)', h('input', { name: 'minorsReleasableTo', value: (m.minorsReleasableTo ?? []).join(', '), autocomplete: 'off' })),
    field('May export although H2 (agencies)', h('input', { name: 'exportAllowedTo', value: (m.exportAllowedTo ?? []).join(', '), autocomplete: 'off' })),
    h('button', { type: 'submit', class: 'primary', id: 'marking-save' }, 'Review and save…'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const change = {
      tlp: data.get('tlp'),
      handling: data.get('handling'),
      releasableTo: splitList(data.get('releasableTo')),
      minorsReleasableTo: splitList(data.get('minorsReleasableTo')),
      exportAllowedTo: splitList(data.get('exportAllowedTo')),
    };
    const before = new Set(m.releasableTo ?? []);
    const after = new Set(change.releasableTo);
    const added = [...after].filter((x) => !before.has(x));
    const removed = [...before].filter((x) => !after.has(x));
    const tlpWider = TLPS.indexOf(change.tlp) < TLPS.indexOf(m.tlp);
    const tlpNarrower = TLPS.indexOf(change.tlp) > TLPS.indexOf(m.tlp);
    const saved = await dialog({
      title: `Change the marking of ${m.reportId}?`,
      submitLabel: 'Save the marking',
      content: h(
        'ul',
        {},
        change.tlp !== m.tlp ? h('li', {}, `TLP:${m.tlp} → TLP:${change.tlp} (${tlpWider ? 'wider' : tlpNarrower ? 'narrower' : 'changed'})`) : null,
        change.handling !== m.handling ? h('li', {}, `Handling ${m.handling} → ${change.handling}`) : null,
        added.length ? h('li', {}, `Newly released to ${added.join(', ')}`) : null,
        removed.length ? h('li', {}, `No longer released to ${removed.join(', ')}: they will stop seeing its facts`) : null,
        h('li', {}, 'Every fact of the report changes audience at once; the change is recorded in the audit trail.'),
      ),
      submit: () => api.put('/api/v1/markings', change, { params: { report: m.reportId } }),
    });
    if (saved) {
      notify(`Marking of ${m.reportId} saved.`);
      renderMarking(saved);
      loadOwn();
    }
  });
  return form;
}

// ---- the view --------------------------------------------------------------------------------------------------

function mount(root) {
  const liaison = hasRole('LIAISON_OFFICER');
  received = h('div', { id: 'received', 'aria-live': 'polite' });
  mine = h('div', { id: 'mine', 'aria-live': 'polite' });
  markingBox = h('div', { id: 'marking-box', 'aria-live': 'polite' });
  reportsBox = h('div', { id: 'known-reports' });
  markingForm = h(
    'form',
    { class: 'inline-form', id: 'marking-open' },
    field('Report of your agency', h('input', { name: 'report', id: 'marking-report', autocomplete: 'off', placeholder: `${state.me?.agency ?? 'RS-MUP'}:KU-2026-0173` })),
    h('button', { type: 'submit' }, 'Open marking'),
  );
  markingForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const id = String(new FormData(markingForm).get('report') ?? '').trim();
    if (id) openMarking(id);
  });
  const ownForm = h(
    'form',
    { class: 'inline-form', id: 'own-filter', role: 'search' },
    field('Reference contains', h('input', { name: 'reference', id: 'own-reference', autocomplete: 'off' })),
    h('button', { type: 'submit' }, 'List'),
  );
  ownForm.addEventListener('submit', (e) => {
    e.preventDefault();
    ownFilter = String(new FormData(ownForm).get('reference') ?? '').trim();
    loadOwn();
  });
  root.append(
    h('h1', { id: 'title-sharing' }, 'Sharing and access'),
    liaison
      ? h(
          'section',
          { 'aria-labelledby': 'received-title' },
          h('h2', { id: 'received-title' }, `Requests to ${state.me?.agency ?? 'your agency'}`),
          button('Refresh', loadReceived),
          received,
        )
      : null,
    liaison
      ? h(
          'section',
          { 'aria-labelledby': 'markings-title' },
          h('h2', { id: 'markings-title' }, 'Markings of your agency’s reports'),
          ownForm,
          reportsBox,
          markingForm,
          markingBox,
        )
      : null,
    h('section', { 'aria-labelledby': 'mine-title' }, h('h2', { id: 'mine-title' }, 'Your access requests'), button('Refresh', loadMine), mine),
  );
  on('open-marking', (id) => openMarking(id));
  on('access-requests-changed', () => loadMine());
}

function show() {
  if (hasRole('LIAISON_OFFICER')) {
    loadReceived();
    loadOwn();
  }
  loadMine();
}

export default { id: 'sharing', title: 'Sharing', mount, show };
