// Resolution suggestions (GET /api/v1/resolution): two mentions that may be the same person, with the score and the
// evidence. Confirm or reject each with a reason (POST …/{id}/confirm|reject); a confirmed merge can be undone
// (POST …/{id}/undo). No decision is ever made automatically.

import * as api from '../api.js';
import { emit } from '../state.js';
import { h, clear, button, field, dialog, notify, showError, words, day } from '../ui.js';

const STATUSES = [
  ['PENDING', 'waiting for a decision'],
  ['MERGED', 'confirmed: one person'],
  ['REJECTED', 'rejected: not the same'],
];

let box;
let statusSelect;

/** Suggestions the user may see, by status. */
export async function suggestions(status = 'PENDING', limit = 50) {
  const answer = await api.get('/api/v1/resolution', { status, limit });
  return answer.suggestions ?? [];
}

async function load() {
  clear(box, h('p', { class: 'loading' }, 'Loading suggestions…'));
  try {
    const list = await suggestions(statusSelect.value);
    clear(
      box,
      list.length
        ? h('ul', { class: 'suggestions', id: 'suggestions' }, list.map((s) => card(s, load)))
        : h('p', {}, statusSelect.value === 'PENDING'
          ? 'No suggestion is waiting. New ones appear when reports name someone who resembles a known person.'
          : 'None.'),
    );
  } catch (error) {
    showError(error, box);
  }
}

function side(title, s) {
  return h(
    'div',
    { class: 'suggestion-side' },
    h('h4', {}, title),
    h('p', {}, button(s.name, () => emit('open-entity', s.personId), { class: 'link' }), ` — ${words(s.role)}`),
    h('p', { class: 'hint' }, `in ${s.reportId} (${s.localRef})`),
  );
}

/** One suggestion with its evidence and the decisions its status allows; `after` runs once one is made. */
export function card(s, after) {
  return h(
    'li',
    { class: 'suggestion', dataset: { id: s.id, status: s.status } },
    h('h3', {}, `${s.from.name} and ${s.to.name}: the same person?`),
    h('p', {}, `Score ${Number(s.score).toFixed(2)} (${words(s.method)}). ${s.explanation}`),
    h('div', { class: 'suggestion-sides' }, side('One mention', s.from), side('The other', s.to)),
    s.status !== 'PENDING'
      ? h('p', {}, h('span', { class: ['status', 'status-' + (s.status === 'MERGED' ? 'granted' : 'refused')] }, words(s.status)), ` by ${s.decidedBy ?? '?'} on ${day(s.decidedAt)}${s.reason ? ` — ${s.reason}` : ''}`)
      : null,
    h(
      'div',
      { class: 'request-actions' },
      s.status === 'PENDING' ? button('Same person…', () => decide(s, 'confirm', after), { class: 'primary' }) : null,
      s.status === 'PENDING' ? button('Not the same…', () => decide(s, 'reject', after)) : null,
      s.status === 'MERGED' ? button('Undo the merge…', () => decide(s, 'undo', after)) : null,
      button('Both on the chart', () => emit('add-to-graph', { ids: [s.from.personId, s.to.personId] })),
    ),
  );
}

const DECISIONS = {
  confirm: {
    title: (s) => `Confirm: ${s.from.name} is ${s.to.name}`,
    text: 'Their facts will be joined under one person for everyone who may see both reports. It can be undone.',
    done: 'Confirmed: the two are one person now.',
  },
  reject: {
    title: (s) => `Reject: ${s.from.name} is not ${s.to.name}`,
    text: 'This pair will never be suggested again.',
    done: 'Rejected: the pair will not be suggested again.',
  },
  undo: {
    title: (s) => `Undo the merge of ${s.from.name} and ${s.to.name}`,
    text: 'The facts of the reports that were moved go back to their own person.',
    done: 'Merge undone.',
  },
};

async function decide(s, action, after) {
  const d = DECISIONS[action];
  const done = await dialog({
    title: d.title(s),
    submitLabel: words(action),
    content: h(
      'div',
      {},
      h('p', {}, d.text),
      field('Reason', h('textarea', { name: 'reason', id: 'decision-reason', rows: 3, required: true, maxlength: 1000 }), 'What convinced you: a shared document, a photo comparison, the reporting officer’s confirmation…'),
    ),
    submit: async (data) => {
      const reason = String(data.get('reason') ?? '').trim();
      if (!reason) throw new Error('Please give a reason: it is kept with the decision.');
      return api.post(`/api/v1/resolution/${encodeURIComponent(s.id)}/${action}`, { reason });
    },
  });
  if (done) {
    notify(d.done);
    after?.();
  }
}

function mount(root) {
  box = h('div', { id: 'resolution-box', 'aria-live': 'polite' });
  statusSelect = h('select', { id: 'resolution-status', on: { change: load } }, STATUSES.map(([v, t]) => h('option', { value: v }, t)));
  root.append(
    h('h1', { id: 'title-resolution' }, 'Same person?'),
    h('p', {}, 'Mentions in different reports that may be the same person, with the evidence. Decide with a reason; no decision is made automatically.'),
    h('div', { class: 'inline-form' }, field('Show', statusSelect), button('Refresh', load)),
    box,
  );
}

export default { id: 'resolution', title: 'Same person?', mount, show: load };
