// Starts the workspace: signs the user in, asks the purpose, builds the navigation their roles allow, routes between
// views by the URL hash (#/graph, #/map, …) and handles the keyboard shortcuts that work everywhere.

import * as api from './api.js';
import { state, on, emit, hasRole } from './state.js';
import { h, $, clear, dialog, notify, showError, typing } from './ui.js';
import * as session from './session.js';
import * as entityPanel from './views/entity.js';
import * as timebar from './views/timebar.js';
import search from './views/search.js';
import graph from './views/graph.js';
import map from './views/map.js';
import timeline from './views/timeline.js';
import patterns from './views/patterns.js';
import routes from './views/routes.js';
import resolution from './views/resolution.js';
import sharing from './views/sharing.js';
import ingest from './views/ingest.js';

const READERS = ['INVESTIGATOR', 'ANALYST', 'LIAISON_OFFICER'];
const ANALYSIS = ['INVESTIGATOR', 'ANALYST'];

/** Every view, in navigation order, with the roles that may use it (the API enforces the same). */
const VIEWS = [
  { view: search, roles: READERS, key: '1' },
  { view: graph, roles: READERS, key: '2' },
  { view: map, roles: READERS, key: '3' },
  { view: timeline, roles: READERS, key: '4' },
  { view: patterns, roles: ANALYSIS, key: '5' },
  { view: routes, roles: ANALYSIS, key: '6' },
  { view: resolution, roles: ANALYSIS, key: '7' },
  { view: sharing, roles: READERS, key: '8' },
  { view: ingest, roles: ['INGEST'], key: '9' },
];

const mounted = new Map();
let allowed = [];

function allowedViews() {
  return VIEWS.filter((v) => hasRole(...v.roles));
}

function buildNav() {
  const nav = $('#nav');
  clear(
    nav,
    allowed.map(({ view, key }) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: '#/' + view.id, id: 'nav-' + view.id, 'aria-keyshortcuts': key, title: `${view.title} (${key})` },
          h('span', { class: 'nav-key', 'aria-hidden': 'true' }, key),
          ' ',
          view.title,
        ),
      ),
    ),
  );
}

function sectionOf(view) {
  if (!mounted.has(view.id)) {
    const root = h('section', { id: 'view-' + view.id, class: 'view', 'aria-labelledby': 'title-' + view.id, hidden: true });
    $('#main').append(root);
    view.mount(root);
    mounted.set(view.id, root);
  }
  return mounted.get(view.id);
}

function route() {
  if (!state.me) return;
  const wanted = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  const entry = allowed.find((v) => v.view.id === wanted) ?? allowed[0];
  if (!entry) return;
  const { view } = entry;
  if (state.view && state.view !== view) {
    state.view.hide?.();
    sectionOf(state.view).hidden = true;
  }
  const root = sectionOf(view);
  root.hidden = false;
  state.view = view;
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.id === 'nav-' + view.id) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${view.title} · Borderlink`;
  $('#timebar').hidden = !view.timed;
  document.body.classList.toggle('with-timebar', Boolean(view.timed));
  view.show?.();
  emit('view', view.id);
}

export function go(id) {
  if (window.location.hash === '#/' + id) route();
  else window.location.hash = '#/' + id;
}

const SHORTCUTS = [
  ['1 … 9', 'Go to a view (numbers as in the menu on the left)'],
  ['/', 'Search'],
  ['Shift+P', 'Change the purpose of this session'],
  ['Esc', 'Close the entity panel or a dialog'],
  ['?', 'This list'],
  ['Graph: E', 'Expand the selected entities'],
  ['Graph: C', 'Collapse: remove what hangs only off the selection'],
  ['Graph: P', 'Pin or unpin the selected entities'],
  ['Graph: H or Delete', 'Hide the selection from the chart'],
  ['Graph: F', 'Find paths between the two selected entities'],
  ['Graph: K', 'What connects the selected entities'],
  ['Graph: A', 'Select everything'],
  ['Graph: L', 'Show or hide the list of entities'],
  ['Graph: 0', 'Fit the chart to the window'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo a change of the chart'],
];

async function showShortcuts() {
  await dialog({
    title: 'Keyboard shortcuts',
    submitLabel: 'Close',
    content: h(
      'table',
      { class: 'shortcuts' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keys'), h('th', { scope: 'col' }, 'What it does'))),
      h('tbody', {}, SHORTCUTS.map(([k, what]) => h('tr', {}, h('td', {}, h('kbd', {}, k)), h('td', {}, what)))),
    ),
  });
}

function keyboard(event) {
  if (!state.me || document.querySelector('dialog[open]')) return;
  if (event.key === 'Escape' && !typing(event)) {
    entityPanel.close();
    return;
  }
  if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
  const entry = allowed.find((v) => v.key === event.key);
  if (entry) {
    event.preventDefault();
    go(entry.view.id);
  } else if (event.key === '/' && allowed.some((v) => v.view === search)) {
    event.preventDefault();
    go('search');
    search.focus();
  } else if (event.key === '?') {
    event.preventDefault();
    showShortcuts();
  } else if (event.key === 'P' && event.shiftKey) {
    event.preventDefault();
    session.askPurpose();
  }
}

async function loadConfig() {
  try {
    state.config = await api.get('/api/v1/ui-config');
  } catch (error) {
    state.config = { tiles: null, places: [], mappings: [] };
    if (error.notAvailable) notify('This server does not describe its map and upload settings; the map shows country outlines only.');
    else showError(error);
  }
  emit('config', state.config);
}

async function enter(me) {
  session.showUser(me);
  allowed = allowedViews();
  // only reads need a purpose: an upload account is not asked for one
  $('#purpose-button').hidden = !hasRole(...READERS);
  $('#workspace').hidden = false;
  buildNav();
  await loadConfig();
  if (!allowed.length) {
    clear(
      $('#main'),
      h(
        'section',
        { class: 'view' },
        h('h1', {}, 'Nothing to show for your roles'),
        h('p', {}, `Your roles (${me.roles.join(', ') || 'none'}) give you no view of this workspace. Auditors use the audit API.`),
      ),
    );
    return;
  }
  // Every view exists from the start (hidden), so one view can hand another work before it was ever shown.
  entityPanel.mount($('#entity-panel'));
  timebar.mount($('#timebar'));
  allowed.forEach(({ view }) => sectionOf(view));
  if (!session.purpose() && hasRole(...READERS)) await session.askPurpose(true);
  route();
}

let signingIn = null;

async function start() {
  if (session.reportToOpener()) return;
  api.configure({
    purpose: session.purpose,
    unauthenticated: () => {
      if (!state.me || signingIn) return;
      // The session ended (timeout, restart): sign in again without losing the chart and the open views.
      signingIn = session.signIn('Your session has ended. Please sign in again to continue where you were.').then((me) => {
        signingIn = null;
        // someone else at the keyboard starts afresh: the chart and the views were built for the one before
        if (me.username !== state.me.username) {
          window.location.reload();
          return;
        }
        session.showUser(me);
        $('#workspace').hidden = false;
      });
    },
    purposeMissing: () => session.askPurpose(true),
  });
  window.addEventListener('hashchange', route);
  document.addEventListener('keydown', keyboard);
  $('#purpose-button').addEventListener('click', () => session.askPurpose());
  $('#account-button').addEventListener('click', () => session.showAccount());
  $('#help-button').addEventListener('click', showShortcuts);
  on('go', go);

  let me;
  try {
    me = await session.whoAmI();
  } catch (error) {
    $('#starting').textContent = error.message;
    return;
  }
  $('#starting').hidden = true;
  if (!me) me = await session.signIn();
  await enter(me);
}

start();
