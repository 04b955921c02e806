// The link chart: entities and the facts between them, drawn with Cytoscape.js. Expand, collapse, pin, hide,
// undo/redo, paths, what connects a selection, centrality and communities, layouts, exports. Every fact shows its
// TLP in words on the edge, and colour is never the only thing that tells types, roles or markings apart.

import cytoscape from '../lib/cytoscape.js';
import * as api from '../api.js';
import { state, on, emit, select, inWindow, hasRole } from '../state.js';
import { h, clear, button, notify, showError, save, words, plural, field, typing } from '../ui.js';
import { LABELS, STYLE, COMMUNITY_COLOURS, REL_TYPES, labelOf, rolesOf, display, nodeElement, edgeElement, moreElements } from './graph-style.js';

// ---- chart state -----------------------------------------------------------------------------------------------

let cy;
let root;
let statusLine;
let listPanel;
let resultPanel;
let legendPanel;
const history = { done: [], undone: [] };
/** Elements hidden by the user, by id, so "show hidden" can bring them back. */
const hidden = new Map();
const options = { type: '', hops: '1', limit: '25', size: 'none', colour: 'type', layout: 'cose' };

// ---- history: every change of the chart can be undone ----------------------------------------------------------

function record(change) {
  history.done.push(change);
  if (history.done.length > 100) history.done.shift();
  history.undone.length = 0;
  updateStatus();
}

function apply(change, reverse) {
  stopLayout();
  cy.batch(() => {
    const adding = reverse ? change.removed : change.added;
    const removing = reverse ? change.added : change.removed;
    if (removing?.length) cy.remove(byIds(removing.map((j) => j.data.id)));
    if (adding?.length) cy.add(adding.filter((j) => !cy.getElementById(j.data.id).length));
    if (change.pinned) {
      for (const id of change.pinned) toggleLock(cy.getElementById(id), reverse ? !change.pin : change.pin);
    }
  });
  changed();
}

function undo() {
  const change = history.done.pop();
  if (!change) return notify('Nothing to undo.');
  apply(change, true);
  history.undone.push(change);
  notify('Undone: ' + change.what);
}

function redo() {
  const change = history.undone.pop();
  if (!change) return notify('Nothing to redo.');
  apply(change, false);
  history.done.push(change);
  notify('Redone: ' + change.what);
}

/** The elements of the chart with these ids (those that exist). */
function byIds(ids) {
  return cy.collection(ids.map((id) => cy.getElementById(id)[0]).filter(Boolean));
}

function snapshot(collection) {
  return collection.map((e) => e.json());
}

// ---- adding answers of the API ---------------------------------------------------------------------------------

/**
 * Adds what an answer of the API holds (nodes, edges, "and N more"), positions the new nodes next to what they link
 * to, and records it for undo. `keep` limits which new nodes are taken (ids); edges need both ends on the chart.
 */
export function addAnswer(answer, { what = 'added entities', keep, extraMore = [] } = {}) {
  const wasEmpty = cy.nodes().length === 0;
  const added = [];
  const present = (id) => cy.getElementById(id).length > 0 || added.some((a) => a.data.id === id);
  for (const node of answer.nodes ?? []) {
    if (keep && !keep.has(node.id) && !present(node.id)) continue;
    if (hidden.has(node.id)) hidden.delete(node.id);
    if (!present(node.id)) added.push(nodeElement(node));
  }
  for (const edge of answer.edges ?? []) {
    const el = edgeElement(edge);
    if (present(edge.source) && present(edge.target) && !present(el.data.id)) added.push(el);
  }
  const removed = [];
  for (const more of [...(answer.more ?? []), ...extraMore]) {
    if (!more.count || !present(more.id)) continue;
    const existing = cy.getElementById('more:' + more.id);
    if (existing.length) removed.push(...snapshot(existing.union(existing.connectedEdges())));
    added.push(...moreElements(more));
  }
  if (!added.length && !removed.length) return cy.collection();
  cy.batch(() => {
    if (removed.length) cy.remove(byIds(removed.map((j) => j.data.id)));
    cy.add(added);
  });
  const newNodes = byIds(added.filter((a) => a.group === 'nodes').map((a) => a.data.id));
  if (wasEmpty) runLayout(options.layout, { initial: true });
  else {
    placeNear(newNodes);
    // many new nodes in one go are better laid out with the rest than stacked in rings
    if (newNodes.length > 30) runLayout();
  }
  // positions are known only now; keep them so undo/redo puts nodes back where they were
  const withPositions = added.map((a) =>
    a.group === 'nodes' ? { ...a, position: { ...cy.getElementById(a.data.id).position() } } : a,
  );
  record({ what, added: withPositions, removed });
  changed();
  return newNodes;
}

/** New nodes go in a ring around the first neighbour already placed, so the chart the user knows does not move. */
function placeNear(nodes) {
  const byAnchor = new Map();
  nodes.forEach((n) => {
    const anchor = n.neighborhood('node').filter((m) => !nodes.contains(m)).first();
    const key = anchor.length ? anchor.id() : '';
    if (!byAnchor.has(key)) byAnchor.set(key, { anchor, nodes: [] });
    byAnchor.get(key).nodes.push(n);
  });
  const extent = cy.nodes().difference(nodes).boundingBox();
  for (const { anchor, nodes: group } of byAnchor.values()) {
    const centre = anchor.length ? anchor.position() : { x: extent.x2 + 150, y: (extent.y1 + extent.y2) / 2 };
    const radius = 90 + group.length * 6;
    group.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / group.length;
      n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }
}

function entityIds(collection = cy.nodes()) {
  return collection.filter((n) => n.data('kind') === 'entity').map((n) => n.id());
}

function windowFilter() {
  return state.window ? { since: state.window.from, until: state.window.to } : {};
}

/** Adds entities by id: each with the facts that link it to what the chart shows, and "and N more" for the rest. */
export async function addEntities(ids, { what } = {}) {
  const seeds = [...new Set(ids)].slice(0, 100);
  const answer = await api.post('/api/v1/graph/expand', { seeds, hops: 1, limit: 100, filter: windowFilter() });
  const keep = new Set([...seeds, ...entityIds()]);
  // neighbours not drawn are summarised per seed like the server's own "and N more"
  const dropped = new Map();
  const seedSet = new Set(seeds);
  for (const edge of answer.edges ?? []) {
    for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]]) {
      if (seedSet.has(from) && !keep.has(to)) {
        if (!dropped.has(from)) dropped.set(from, new Map());
        const node = answer.nodes.find((n) => n.id === to);
        dropped.get(from).set(to, node?.label ?? 'entity');
      }
    }
  }
  const extraMore = [];
  for (const seed of seeds) {
    const server = (answer.more ?? []).find((m) => m.id === seed);
    const byLabel = { ...(server?.byLabel ?? {}) };
    for (const label of dropped.get(seed)?.values() ?? []) byLabel[label] = (byLabel[label] ?? 0) + 1;
    const count = (server?.count ?? 0) + (dropped.get(seed)?.size ?? 0);
    if (count) extraMore.push({ id: seed, count, byLabel });
  }
  const added = addAnswer({ nodes: answer.nodes, edges: answer.edges, more: [] }, { what: what ?? `added ${plural(seeds.length, 'entity', 'entities')}`, keep, extraMore });
  if (!answer.nodes?.some((n) => seedSet.has(n.id))) notify('Nothing visible to you was found for this entity.');
  return added;
}

// ---- actions ---------------------------------------------------------------------------------------------------

/** Ids in the order the user selected them: paths run from the first to the second. */
let selectionOrder = [];

function selectedEntities() {
  const selected = cy.nodes(':selected').filter((n) => n.data('kind') === 'entity');
  const rank = (n) => {
    const i = selectionOrder.indexOf(n.id());
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return selected.sort((a, b) => rank(a) - rank(b));
}

function need(n, min, max = Infinity) {
  if (n < min || n > max) {
    const text = max === min ? `exactly ${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    notify(`Select ${text} entities first (click, Shift+click, or tick them in the list).`, 'error');
    return false;
  }
  return true;
}

async function expand(nodes = selectedEntities(), limit = Number(options.limit)) {
  const seeds = entityIds(nodes);
  if (!need(seeds.length, 1, 100)) return;
  const filter = windowFilter();
  if (options.type) filter.types = [options.type];
  try {
    const answer = await run('Expanding…', () =>
      api.post('/api/v1/graph/expand', { seeds, hops: Number(options.hops), limit, filter }),
    );
    const before = cy.nodes().length;
    addAnswer(answer, { what: `expanded ${plural(seeds.length, 'entity', 'entities')}` });
    // an expanded node's old "and N more" is answered now unless the server sent a new one
    const stale = moreOf(nodes.filter((n) => !(answer.more ?? []).some((m) => m.id === n.id())));
    if (stale.length) removeElements(stale, 'cleared "and N more"', true);
    const gained = cy.nodes().length - before;
    const more = (answer.more ?? []).reduce((sum, m) => sum + m.count, 0);
    notify(
      gained
        ? `Added ${plural(gained, 'entity', 'entities')}` + (more ? `; ${more} more not shown (click "and N more" to see them).` : '.')
        : options.type
          ? `Nothing new linked by ${words(options.type)}.`
          : 'Nothing new is linked to the selection.',
    );
  } catch (error) {
    showError(error);
  }
}

function removeElements(collection, what, merge = false) {
  const all = collection.union(collection.connectedEdges());
  if (!all.length) return;
  const removed = snapshot(all);
  stopLayout();
  cy.remove(all);
  if (merge && history.done.length) history.done[history.done.length - 1].removed.push(...removed);
  else record({ what, added: [], removed });
  changed();
  return removed;
}

/** The "and N more" nodes hanging off `nodes`. */
function moreOf(nodes) {
  return nodes.reduce((all, n) => all.union(cy.getElementById('more:' + n.id())), cy.collection());
}

function hide(nodes = cy.nodes(':selected')) {
  if (!need(nodes.length, 1)) return;
  const removed = removeElements(nodes.union(moreOf(nodes)), `hid ${plural(nodes.length, 'entity', 'entities')}`);
  for (const j of removed ?? []) hidden.set(j.data.id, j);
}

function showHidden() {
  if (!hidden.size) return notify('Nothing is hidden.');
  const elements = [...hidden.values()];
  const nodes = elements.filter((j) => j.group === 'nodes');
  const edges = elements.filter((j) => j.group === 'edges');
  const added = [...nodes, ...edges].filter((j) => !cy.getElementById(j.data.id).length);
  cy.batch(() => {
    cy.add(nodes.filter((j) => !cy.getElementById(j.data.id).length));
    cy.add(edges.filter((j) => !cy.getElementById(j.data.id).length && cy.getElementById(j.data.source).length && cy.getElementById(j.data.target).length));
  });
  hidden.clear();
  record({ what: 'showed hidden entities', added, removed: [] });
  changed();
}

/** Collapse: remove neighbours of the selection that link to nothing else, unless pinned. */
function collapse(nodes = selectedEntities()) {
  if (!need(nodes.length, 1)) return;
  const leaves = nodes
    .neighborhood('node')
    .filter((n) => !nodes.contains(n) && !n.hasClass('pinned') && n.neighborhood('node').difference(nodes).length === 0);
  const all = leaves.union(moreOf(nodes));
  if (!all.length) return notify('Nothing hangs only off the selection.');
  removeElements(all, `collapsed ${plural(nodes.length, 'entity', 'entities')}`);
}

function toggleLock(node, pin) {
  if (!node.length) return;
  if (pin) {
    node.lock();
    node.addClass('pinned');
  } else {
    node.unlock();
    node.removeClass('pinned');
  }
}

function pin(nodes = cy.nodes(':selected')) {
  if (!need(nodes.length, 1)) return;
  const pinAll = nodes.some((n) => !n.hasClass('pinned'));
  nodes.forEach((n) => toggleLock(n, pinAll));
  record({ what: pinAll ? 'pinned' : 'unpinned', added: [], removed: [], pinned: nodes.map((n) => n.id()), pin: pinAll });
  notify(pinAll ? `Pinned ${plural(nodes.length, 'entity', 'entities')}: layouts will not move them.` : 'Unpinned.');
  changed();
}

function clearHighlight() {
  cy.elements('.highlight').removeClass('highlight');
}

function highlight(ids) {
  clearHighlight();
  cy.batch(() => ids.forEach((id) => cy.getElementById(id).addClass('highlight')));
}

/** Edges of the chart between consecutive nodes of a path. */
function pathEdges(nodes) {
  const out = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = cy.getElementById(nodes[i]);
    const b = cy.getElementById(nodes[i + 1]);
    a.edgesWith(b).forEach((e) => out.push(e.id()));
  }
  return out;
}

async function findPaths() {
  const nodes = selectedEntities();
  if (!need(nodes.length, 2, 2)) return;
  const [from, to] = entityIds(nodes);
  try {
    const answer = await run('Looking for paths…', () =>
      api.get('/api/v1/graph/paths', { from, to, k: 3, maxHops: 6, ...windowFilter() }),
    );
    clear(resultPanel);
    if (!answer.paths.length) {
      notify('No path of at most 6 steps links them through facts you may see' + (state.window ? ' in the chosen time window.' : '.'));
      return;
    }
    addAnswer(answer, { what: 'added paths' });
    const ids = answer.paths.flatMap((p) => [...p.nodes, ...pathEdges(p.nodes)]);
    highlight(ids);
    const caption = (id) => cy.getElementById(id).data('caption') ?? id;
    clear(
      resultPanel,
      h('h3', {}, `Paths from ${caption(from)} to ${caption(to)}`),
      h('ol', { class: 'paths' }, answer.paths.map((p) => h('li', {}, `${plural(p.length, 'step')}: `, p.nodes.map(caption).join(' → ')))),
      button('Clear highlight', () => {
        clearHighlight();
        clear(resultPanel);
      }),
    );
    notify(`Found ${plural(answer.paths.length, 'path')}; the shortest has ${plural(answer.paths[0].length, 'step')}. They are highlighted.`);
  } catch (error) {
    showError(error);
  }
}

async function connections() {
  const nodes = selectedEntities();
  if (!need(nodes.length, 2, 20)) return;
  try {
    const answer = await run('Looking for what connects them…', () =>
      api.post('/api/v1/graph/connections', { ids: entityIds(nodes), maxHops: 4, filter: windowFilter() }),
    );
    addAnswer(answer, { what: 'added what connects the selection' });
    highlight([...answer.nodes.map((n) => n.id), ...answer.edges.map((e) => 'e:' + e.id)]);
    const shared = (title, list) =>
      list.length
        ? [
            h('h4', {}, title),
            h(
              'ul',
              {},
              list.map((s) =>
                h(
                  'li',
                  {},
                  button(s.node.caption, () => addEntities([s.node.id]), { class: 'link', title: 'Add to the chart' }),
                  ` (${labelOf(s.node.label).word}) — shared by ${s.members.length}`,
                ),
              ),
            ),
          ]
        : [];
    clear(
      resultPanel,
      h('h3', {}, 'What connects the selection'),
      ...shared('Shared selectors', answer.sharedSelectors),
      ...shared('Common neighbours', answer.commonNeighbours.filter((c) => !answer.sharedSelectors.some((s) => s.node.id === c.node.id))),
      ...shared('Shared places', answer.sharedLocations),
      answer.unlinked.length ? h('p', {}, `Not linked to the others within 4 steps: ${answer.unlinked.map((id) => cy.getElementById(id).data('caption') ?? id).join(', ')}`) : null,
      button('Clear highlight', () => {
        clearHighlight();
        clear(resultPanel);
      }),
    );
    notify('The links between the selection are highlighted; shared selectors, neighbours and places are listed below the chart.');
  } catch (error) {
    showError(error);
  }
}

// ---- centrality and communities ---------------------------------------------------------------------------------

async function sizeBy(measure) {
  options.size = measure;
  const nodes = cy.nodes('[kind = "entity"]');
  if (measure === 'none' || !nodes.length) {
    cy.batch(() => nodes.forEach((n) => n.data('size', 30)));
    legend();
    return;
  }
  const seeds = entityIds().slice(0, 1000);
  if (entityIds().length > 1000) notify('Centrality is computed for the first 1,000 entities of the chart.');
  try {
    const answer = await run('Computing centrality…', () =>
      api.post('/api/v1/analytics/centrality', { seeds, hops: 0, measures: [measure.toUpperCase()], top: 5000 }),
    );
    const key = { degree: 'degree', betweenness: 'betweenness', closeness: 'closeness', pagerank: 'pageRank' }[measure];
    const scores = new Map(answer.ranking.map((r) => [r.id, r[key] ?? 0]));
    const max = Math.max(...scores.values(), 0) || 1;
    cy.batch(() => nodes.forEach((n) => n.data('size', 20 + 50 * Math.sqrt((scores.get(n.id()) ?? 0) / max))));
    legend(`Size: ${measure} centrality${answer.exact ? '' : ' (estimated)'} on ${plural(answer.nodes, 'entity', 'entities')}; larger is more central.`);
  } catch (error) {
    showError(error);
  }
}

async function colourBy(mode) {
  options.colour = mode;
  const nodes = cy.nodes('[kind = "entity"]');
  if (mode === 'type') {
    cy.batch(() => nodes.forEach((n) => {
      n.removeClass('by-community');
      n.data('display', display({ label: n.data('label'), caption: n.data('caption'), properties: n.data('properties') }));
    }));
    legend();
    return;
  }
  try {
    const answer = await run('Finding communities…', () =>
      api.post('/api/v1/analytics/communities', { seeds: entityIds().slice(0, 1000), hops: 0 }),
    );
    const of = new Map(answer.members.map((m) => [m.id, m.community]));
    cy.batch(() => nodes.forEach((n) => {
      const c = of.get(n.id());
      const base = display({ label: n.data('label'), caption: n.data('caption'), properties: n.data('properties') });
      if (c === undefined) return;
      n.data('communityColour', COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length]);
      // the community number is written on the node too: colour alone would not tell
      n.data('display', `[C${c + 1}] ${base}`);
      n.addClass('by-community');
    }));
    legend(
      `Colour: ${plural(answer.communities, 'community', 'communities')} (Louvain, modularity ${answer.modularity.toFixed(2)}); each node shows its community as [C1], [C2], …`,
    );
  } catch (error) {
    showError(error);
  }
}

// ---- layout, view, export --------------------------------------------------------------------------------------

/**
 * Lays the chart out. The force-directed layout runs across animation frames, so even 2,000 elements never freeze
 * the page; on a big chart it redraws less often. `initial` scatters nodes first (a new chart has no positions).
 */
function runLayout(name = options.layout, { initial = false } = {}) {
  const n = cy.nodes().length;
  if (!n) return;
  const big = n > 600;
  const layouts = {
    cose: {
      name: 'cose',
      animate: true,
      refresh: big ? 5 : 4,
      randomize: initial,
      numIter: big ? 300 : 1000,
      nodeDimensionsIncludeLabels: !big,
      fit: true,
      padding: 30,
    },
    breadthfirst: {
      name: 'breadthfirst',
      directed: true,
      spacingFactor: 1.1,
      fit: true,
      padding: 30,
      animate: false,
      roots: cy.nodes(':selected').length ? cy.nodes(':selected') : undefined,
    },
    concentric: { name: 'concentric', fit: true, padding: 30, animate: false, concentric: (node) => node.degree(), levelWidth: () => 2 },
  };
  stopLayout();
  const layout = cy.layout(layouts[name] ?? layouts.cose);
  running = layout;
  layout.one('layoutstop', () => {
    if (running === layout) running = null;
  });
  layout.run();
}

/** The layout still moving nodes across animation frames, if any. */
let running = null;

/** A layout must not go on moving nodes that an undo, a hide or a clear took away. */
function stopLayout() {
  const layout = running;
  running = null;
  layout?.stop();
}

export function laying() {
  return running !== null;
}

async function exportAs(format) {
  const seeds = entityIds();
  if (!seeds.length) return notify('The chart is empty: add entities first.', 'error');
  if (format === 'png') {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    const worst = highestTlp();
    save(blob, `borderlink-chart${worst ? '-TLP-' + worst.replace('+', '-') : ''}.png`);
    notify(worst ? `Image saved. It shows facts marked up to TLP:${worst}: handle it under that marking.` : 'Image saved.');
    return;
  }
  try {
    const file = await run('Preparing the export…', () => api.download('/api/v1/export/' + format, { seeds: seeds.slice(0, 5000), hops: 0 }));
    save(file.blob, file.name);
    const excluded = Number(file.headers.get('X-Borderlink-Excluded-Facts') ?? 0);
    const tlp = file.headers.get('X-Borderlink-TLP');
    notify(
      `Export saved (${file.name}).` +
        (tlp && tlp !== 'none' ? ` It is marked TLP:${tlp}.` : '') +
        (excluded ? ` ${plural(excluded, 'fact')} of other agencies marked H2 (no further dissemination) were left out.` : ''),
    );
  } catch (error) {
    showError(error);
  }
}

const TLP_ORDER = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

function highestTlp() {
  let worst = -1;
  cy.edges('[kind = "fact"]').forEach((e) => {
    worst = Math.max(worst, TLP_ORDER.indexOf(e.data('tlp')));
  });
  return worst >= 0 ? TLP_ORDER[worst] : null;
}

function clearChart() {
  if (!cy.elements().length) return;
  const removed = snapshot(cy.elements());
  stopLayout();
  cy.elements().remove();
  hidden.clear();
  clear(resultPanel);
  record({ what: 'cleared the chart', added: [], removed });
  changed();
  notify('Chart cleared. Ctrl+Z brings it back.');
}

// ---- time window -----------------------------------------------------------------------------------------------

function applyWindow() {
  cy.batch(() => {
    cy.edges('[kind = "fact"]').forEach((e) => {
      e.toggleClass('out-of-window', !inWindow(e.data('firstSeen'), e.data('lastSeen')));
    });
    cy.nodes('[kind = "entity"]').forEach((n) => {
      const facts = n.connectedEdges('[kind = "fact"]');
      n.toggleClass('out-of-window', facts.length > 0 && facts.every((e) => e.hasClass('out-of-window')));
    });
  });
}

// ---- keeping the rest of the workspace informed ----------------------------------------------------------------

function changed() {
  applyWindow();
  updateStatus();
  if (!listPanel.hidden) renderList();
  emit('graph-changed');
}

function updateStatus() {
  if (!statusLine) return;
  const entities = cy.nodes('[kind = "entity"]');
  const shown = entities.filter((n) => !n.hasClass('out-of-window')).length;
  const facts = cy.edges('[kind = "fact"]');
  const parts = [`${plural(entities.length, 'entity', 'entities')}, ${plural(facts.length, 'fact')} on the chart`];
  if (shown !== entities.length) parts.push(`${entities.length - shown} outside the time window`);
  const selected = selectedEntities().length;
  if (selected) parts.push(`${selected} selected`);
  if (hidden.size) parts.push(`${[...hidden.values()].filter((j) => j.group === 'nodes').length} hidden`);
  statusLine.textContent = parts.join(' · ');
}

function legend(extra) {
  clear(
    legendPanel,
    h('summary', {}, 'Legend: shapes, borders, markings' + (extra ? ' · ' + extra.split(';')[0] : '')),
    h(
      'ul',
      { class: 'legend-types' },
      Object.entries(LABELS).map(([label, look]) =>
        h('li', {}, h('span', { class: ['swatch', 'shape-' + look.shape, 'label-' + label.toLowerCase()], 'aria-hidden': 'true' }), look.word),
      ),
    ),
    h(
      'ul',
      { class: 'legend-roles' },
      h('li', {}, h('span', { class: 'swatch border-thick', 'aria-hidden': 'true' }), 'thick border: facilitator (organiser, driver, …)'),
      h('li', {}, h('span', { class: 'swatch border-dashed', 'aria-hidden': 'true' }), 'dashed border: victim or smuggled migrant'),
      h('li', {}, h('span', { class: 'swatch border-dotted', 'aria-hidden': 'true' }), 'dotted ring: pinned'),
    ),
    h('p', {}, 'Each link is labelled with what it is and its TLP marking, e.g. “uses · TLP:AMBER”.'),
    extra ? h('p', { class: 'legend-extra' }, extra) : null,
  );
}

function renderList() {
  const nodes = cy.nodes('[kind = "entity"]').sort((a, b) => String(a.data('caption')).localeCompare(String(b.data('caption'))));
  clear(
    listPanel,
    h('h3', { id: 'graph-list-title' }, `Entities on the chart (${nodes.length})`),
    h(
      'p',
      { class: 'list-actions' },
      button('Select all', () => cy.nodes().select(), { shortcut: 'A' }),
      ' ',
      button('Select none', () => cy.nodes(':selected').unselect(), { id: 'graph-select-none', shortcut: 'N' }),
    ),
    h(
      'table',
      { class: 'entity-list', 'aria-labelledby': 'graph-list-title' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Select'), h('th', { scope: 'col' }, 'Entity'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Links'))),
      h(
        'tbody',
        {},
        nodes.map((n) =>
          h(
            'tr',
            { class: n.hasClass('out-of-window') ? 'dimmed' : null },
            h(
              'td',
              {},
              h('input', {
                type: 'checkbox',
                checked: n.selected(),
                'aria-label': 'Select ' + n.data('caption'),
                dataset: { id: n.id() },
                on: { change: (e) => (e.target.checked ? n.select() : n.unselect()) },
              }),
            ),
            h('td', {}, button(n.data('caption'), () => emit('open-entity', n.id()), { class: 'link', title: 'Open the entity card' })),
            h('td', {}, labelOf(n.data('label')).word + (rolesOf({ properties: n.data('properties') }).length ? ' · ' + rolesOf({ properties: n.data('properties') }).map(words).join(', ') : '')),
            h('td', {}, String(n.connectedEdges('[kind = "fact"]').length)),
          ),
        ),
      ),
    ),
  );
}

// ---- wiring ----------------------------------------------------------------------------------------------------

let pending = 0;

async function run(text, work) {
  pending++;
  root.setAttribute('aria-busy', 'true');
  const note = h('p', { class: 'loading' }, text);
  statusLine.after(note);
  try {
    return await work();
  } finally {
    note.remove();
    if (--pending === 0) root.removeAttribute('aria-busy');
  }
}

function select_(id, value, onChange, choices) {
  return h(
    'select',
    { id, on: { change: (e) => onChange(e.target.value) } },
    choices.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
}

function toolbar() {
  const canAnalyse = hasRole('INVESTIGATOR', 'ANALYST');
  return h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Chart actions', 'aria-controls': 'graph-canvas' },
    h(
      'div',
      { class: 'tool-group' },
      button('Expand', () => expand(), { shortcut: 'E', id: 'graph-expand' }),
      field('by', select_('graph-expand-type', options.type, (v) => (options.type = v), [['', 'all links'], ...REL_TYPES.map((t) => [t, words(t)])])),
      field('steps', select_('graph-hops', options.hops, (v) => (options.hops = v), [['1', '1'], ['2', '2']])),
      field('max', select_('graph-limit', options.limit, (v) => (options.limit = v), [['10', '10 each'], ['25', '25 each'], ['100', '100 each'], ['500', '500 each']])),
      button('Collapse', () => collapse(), { shortcut: 'C' }),
      button('Pin', () => pin(), { shortcut: 'P' }),
      button('Hide', () => hide(), { shortcut: 'H' }),
      button('Show hidden', showHidden),
    ),
    h(
      'div',
      { class: 'tool-group' },
      button('Find paths', findPaths, { shortcut: 'F', id: 'graph-paths' }),
      button('What connects', connections, { shortcut: 'K', id: 'graph-connections' }),
      button('Undo', undo, { shortcut: 'Control+Z' }),
      button('Redo', redo, { shortcut: 'Control+Shift+Z' }),
    ),
    h(
      'div',
      { class: 'tool-group' },
      field('Layout', select_('graph-layout', options.layout, (v) => {
        options.layout = v;
        runLayout(v);
      }, [['cose', 'force-directed'], ['breadthfirst', 'hierarchical'], ['concentric', 'by number of links']])),
      canAnalyse
        ? field('Size', select_('graph-size', options.size, sizeBy, [['none', 'nothing'], ['degree', 'links (degree)'], ['betweenness', 'brokerage (betweenness)'], ['pagerank', 'influence (PageRank)'], ['closeness', 'closeness']]))
        : null,
      canAnalyse ? field('Colour', select_('graph-colour', options.colour, colourBy, [['type', 'type'], ['community', 'community']])) : null,
      button('Fit', () => cy.fit(undefined, 30), { shortcut: '0' }),
      button('List', toggleList, { shortcut: 'L', id: 'graph-list-toggle', 'aria-expanded': 'false', 'aria-controls': 'graph-list' }),
    ),
    h(
      'div',
      { class: 'tool-group' },
      field('Export', select_('graph-export', '', (v) => {
        if (v) exportAs(v);
        document.getElementById('graph-export').value = '';
      }, [['', 'choose a format…'], ['graphml', 'GraphML'], ['gexf', 'GEXF (Gephi)'], ['csv', 'CSV (zip)'], ['i2', 'i2 Analyst’s Notebook CSV'], ['png', 'Image (PNG)']])),
      button('Clear chart', clearChart),
    ),
  );
}

function toggleList() {
  listPanel.hidden = !listPanel.hidden;
  document.getElementById('graph-list-toggle').setAttribute('aria-expanded', String(!listPanel.hidden));
  if (!listPanel.hidden) renderList();
}

function keyboard(event) {
  if (state.view?.id !== 'graph' || typing(event) || document.querySelector('dialog[open]')) return;
  const key = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && key === 'z') {
    event.preventDefault();
    if (event.shiftKey) redo();
    else undo();
    return;
  }
  if ((event.ctrlKey || event.metaKey) && key === 'y') {
    event.preventDefault();
    redo();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const actions = {
    e: () => expand(),
    c: () => collapse(),
    p: () => (event.shiftKey ? null : pin()),
    h: () => hide(),
    delete: () => hide(),
    f: () => findPaths(),
    k: () => connections(),
    l: () => toggleList(),
    a: () => cy.nodes().select(),
    n: () => cy.nodes(':selected').unselect(),
    0: () => cy.fit(undefined, 30),
  };
  const action = actions[key];
  if (action && !(key === 'p' && event.shiftKey)) {
    event.preventDefault();
    action();
  }
}

function mount(section) {
  root = section;
  statusLine = h('p', { id: 'graph-status', class: 'graph-status', role: 'status' });
  listPanel = h('div', { id: 'graph-list', class: 'graph-list', hidden: true });
  resultPanel = h('div', { id: 'graph-results', class: 'graph-results', 'aria-live': 'polite' });
  legendPanel = h('details', { class: 'graph-legend' });
  const canvas = h('div', {
    id: 'graph-canvas',
    class: 'graph-canvas',
    tabindex: '0',
    role: 'application',
    'aria-label': 'Link chart. Keyboard: the list of entities (L) selects; E expands, F finds paths, H hides, 0 fits.',
  });
  section.append(
    h('h1', { id: 'title-graph', class: 'visually-hidden' }, 'Link chart'),
    toolbar(),
    statusLine,
    h('div', { class: 'graph-body' }, canvas, listPanel),
    resultPanel,
    legendPanel,
  );
  cy = cytoscape({
    container: canvas,
    style: STYLE,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: true,
    selectionType: 'single',
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    motionBlur: false,
    pixelRatio: 1,
    minZoom: 0.05,
    maxZoom: 4,
  });
  legend();
  // the canvas changes size when the entity panel or the list opens: Cytoscape only notices window resizes
  new ResizeObserver(() => cy.resize()).observe(canvas);

  cy.on('select', 'node', (e) => {
    selectionOrder = [...selectionOrder.filter((id) => id !== e.target.id()), e.target.id()];
  });
  cy.on('unselect', 'node', (e) => {
    selectionOrder = selectionOrder.filter((id) => id !== e.target.id());
  });
  let selectionTimer;
  cy.on('select unselect', () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(() => {
      const ids = entityIds(cy.nodes(':selected'));
      select(ids, 'graph');
      updateStatus();
      if (!listPanel.hidden) {
        listPanel.querySelectorAll('input[type=checkbox]').forEach((box) => {
          box.checked = cy.getElementById(box.dataset.id).selected();
        });
      }
    }, 30);
  });
  cy.on('tap', 'node[kind = "entity"]', (e) => emit('open-entity', e.target.id()));
  cy.on('dbltap', 'node[kind = "entity"]', (e) => expand(e.target));
  cy.on('tap', 'node[kind = "more"]', (e) => expand(cy.getElementById(e.target.data('of')), 500));

  on('selection', ({ ids, source }) => {
    if (source === 'graph') return;
    cy.batch(() => {
      cy.nodes(':selected').unselect();
      ids.forEach((id) => cy.getElementById(id).select());
    });
    const chosen = cy.nodes(':selected');
    if (chosen.length && state.view?.id === 'graph') cy.animate({ center: { eles: chosen }, duration: 200 });
  });
  on('window', applyWindowAndStatus);
  on('add-to-graph', async ({ ids, answer, what }) => {
    try {
      const before = new Set(entityIds());
      const chosenBefore = selectedIds().sort().join(' ');
      const added = answer ? addAnswer(answer, { what }) : await addEntities(ids, { what });
      if (added.length) notify(`Added to the chart: ${plural(added.length, 'entity', 'entities')}.`);
      else if ((ids ?? []).every((id) => before.has(id))) notify('Already on the chart.');
      // what was asked for becomes the selection, so the map, the timeline and the next action follow it; unless the
      // user chose something else while the entities were fetched: a late answer must not undo a later choice
      const asked = byIds(ids ?? added.map((n) => n.id()));
      if (asked.length && selectedIds().sort().join(' ') === chosenBefore) {
        cy.nodes(':selected').unselect();
        asked.select();
      }
    } catch (error) {
      showError(error);
    }
  });
  document.addEventListener('keydown', keyboard);
  updateStatus();
}

function applyWindowAndStatus() {
  applyWindow();
  updateStatus();
  if (!listPanel.hidden) renderList();
  emit('graph-changed');
}

function show() {
  cy.resize();
  if (cy.nodes().length && cy.zoom() === 1 && cy.pan().x === 0) cy.fit(undefined, 30);
}

/** The chart's entities with coordinates (places), and which incidents and legs on the chart happened there. */
export function located() {
  if (!cy) return [];
  return cy
    .nodes('[label = "Location"]')
    .filter((n) => !n.hasClass('out-of-window') && Number.isFinite(n.data('properties').lat) && Number.isFinite(n.data('properties').lon))
    .map((n) => ({
      id: n.id(),
      caption: n.data('caption'),
      lat: n.data('properties').lat,
      lon: n.data('properties').lon,
      events: n
        .neighborhood('node')
        .filter((m) => ['Incident', 'Leg'].includes(m.data('label')) && !m.hasClass('out-of-window'))
        .map((m) => m.id()),
    }));
}

/** All entities of the chart as the API drew them, for other views (timeline, map). */
export function entities() {
  return cy ? cy.nodes('[kind = "entity"]').map((n) => ({ id: n.id(), label: n.data('label'), caption: n.data('caption') })) : [];
}

/** The first day of the oldest fact on the chart (ISO), or null. */
export function oldestFact() {
  let oldest = null;
  cy?.edges('[kind = "fact"]').forEach((e) => {
    const first = e.data('firstSeen');
    if (first && (!oldest || first < oldest)) oldest = first;
  });
  return oldest;
}

export function has(id) {
  return Boolean(cy?.getElementById(id).length);
}

export function selectedIds() {
  return cy ? entityIds(cy.nodes(':selected')) : [];
}

/** Test hook and console aid: the TLP marking of every fact drawn. */
export function factMarkings() {
  return cy ? cy.edges('[kind = "fact"]').map((e) => e.data('tlp')) : [];
}

/** Test hook and console aid: how many elements are drawn. */
export function size() {
  return cy ? { nodes: cy.nodes().length, edges: cy.edges().length } : { nodes: 0, edges: 0 };
}

export default { id: 'graph', title: 'Link chart', timed: true, mount, show };
