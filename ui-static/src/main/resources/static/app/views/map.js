// The map of the region (Leaflet): country outlines bundled with the UI (no tile server needed), crossing points
// sized by activity in the time window, journey legs as flows, and the places on the chart. Selecting on the map
// selects on the chart and back.

import * as L from '../lib/leaflet.js';
import * as api from '../api.js';
import { state, on, emit, select, hasRole } from '../state.js';
import { h, clear, button, showError, plural, words, day } from '../ui.js';
import { effectiveWindow } from './timebar.js';
import { located } from './graph.js';

const CORE = new Set(['AL', 'BA', 'XK', 'ME', 'MK', 'RS']);
const TREND_COLOURS = { UP: '#c62828', NEW: '#6a1b9a', DOWN: '#1565c0', GONE: '#616161', STEADY: '#2e7d32' };
const TREND_WORDS = { UP: 'rising', NEW: 'new', DOWN: 'falling', GONE: 'gone quiet', STEADY: 'steady' };

let map;
let side;
let crossingLayer;
let flowLayer;
let chartLayer;
let loadedFor = null;
let visible = false;
const chartMarkers = new Map();

/** Legs and incidents in the window and before it, and the trend as the server defines it (a quarter or more). */
export function activity(counts) {
  const now = (counts.legs ?? 0) + (counts.incidents ?? 0);
  const before = (counts.legsBefore ?? 0) + (counts.incidentsBefore ?? 0);
  let trend = 'STEADY';
  if (before === 0) trend = now === 0 ? 'STEADY' : 'NEW';
  else if (now === 0) trend = 'GONE';
  else if (now / before >= 1.25) trend = 'UP';
  else if (now / before <= 0.8) trend = 'DOWN';
  const change = before === 0 ? null : Math.round((1000 * (now - before)) / before) / 10;
  return { now, before, trend, change };
}

function placeIndex() {
  const index = new Map();
  for (const p of state.config?.places ?? []) index.set(p.id, p);
  for (const p of located()) index.set(p.id, { ...index.get(p.id), ...p, name: index.get(p.id)?.name ?? p.caption });
  return index;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function countries() {
  try {
    const response = await fetch('/app/geo/countries.geo.json');
    const data = await response.json();
    L.geoJSON(data, {
      interactive: false,
      style: (f) => ({
        color: '#7b8794',
        weight: 1,
        fillColor: CORE.has(f.properties.iso) ? '#e4e9f0' : '#f3f4f6',
        fillOpacity: 1,
      }),
      onEachFeature: (f, layer) => {
        if (CORE.has(f.properties.iso)) {
          layer.bindTooltip(h('span', {}, f.properties.name), { permanent: true, direction: 'center', className: 'country-label', interactive: false });
        }
      },
    }).addTo(map);
  } catch (error) {
    showError(new Error('The country outlines could not be loaded; the map has no background.'));
  }
}

function tiles() {
  const t = state.config?.tiles;
  if (!t?.url) return;
  L.tileLayer(t.url, { attribution: t.attribution ? escapeHtml(t.attribution) : '', maxZoom: t.maxZoom ?? 12 }).addTo(map);
}

// ---- crossing points and flows -----------------------------------------------------------------------------------

async function load(force = false) {
  const w = effectiveWindow();
  const key = `${w.from}/${w.to}`;
  if (!force && key === loadedFor) return;
  loadedFor = key;
  const status = side.querySelector('#map-window');
  if (!hasRole('INVESTIGATOR', 'ANALYST')) {
    // route analytics are for investigators and analysts (the API says the same); the chart's places still show
    status.textContent = 'Crossing points and journey legs are shown to investigators and analysts.';
    return;
  }
  status.textContent = `Activity from ${day(w.from)} to ${day(w.to)}, compared with the same length of time before.`;
  const [points, flows] = await Promise.allSettled([
    api.get('/api/v1/routes/crossing-points', { from: w.from, to: w.to }),
    api.get('/api/v1/routes/legs', { from: w.from, to: w.to, limit: 200 }),
  ]);
  const places = placeIndex();
  drawCrossings(points, places);
  drawFlows(flows, places);
}

function drawCrossings(result, places) {
  crossingLayer.clearLayers();
  const box = side.querySelector('#map-crossings');
  if (result.status === 'rejected') {
    showError(result.reason, box);
    return;
  }
  const list = result.value.crossingPoints ?? [];
  const rows = [];
  for (const cp of list) {
    const a = activity(cp.counts);
    const place = places.get(cp.id);
    const text = `${cp.name}: ${plural(cp.counts.legs, 'leg')}, ${plural(cp.counts.incidents, 'incident')} (before: ${a.before}) — ${TREND_WORDS[a.trend]}${a.change === null ? '' : ` ${a.change > 0 ? '+' : ''}${a.change}%`}`;
    if (place && Number.isFinite(place.lat)) {
      const marker = L.circleMarker([place.lat, place.lon], {
        radius: 4 + 3 * Math.sqrt(a.now),
        color: TREND_COLOURS[a.trend],
        weight: 2,
        fillColor: TREND_COLOURS[a.trend],
        fillOpacity: 0.35,
        className: 'crossing-point',
      });
      marker.bindTooltip(h('span', {}, text));
      marker.on('click', () => choose(cp.id));
      marker.addTo(crossingLayer);
    }
    rows.push(
      h(
        'tr',
        { dataset: { id: cp.id } },
        h('td', {}, button(cp.name, () => choose(cp.id), { class: 'link', title: 'Select and open its card' })),
        h('td', { class: 'num' }, String(a.now)),
        h('td', { class: 'num' }, String(a.before)),
        h('td', {}, h('span', { class: ['trend', 'trend-' + a.trend.toLowerCase()] }, TREND_WORDS[a.trend])),
        h('td', {}, place ? '' : 'not on the map'),
      ),
    );
  }
  clear(
    box,
    h('h3', {}, `Crossing points (${list.length})`),
    list.length
      ? h(
          'table',
          { class: 'crossings', id: 'crossings-table' },
          h('thead', {}, h('tr', {}, ['Crossing point', 'Now', 'Before', 'Trend', ''].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, rows),
        )
      : h('p', {}, 'No leg or incident you may see was placed at a crossing point in this window.'),
  );
}

function drawFlows(result, places) {
  flowLayer.clearLayers();
  const box = side.querySelector('#map-flows');
  if (result.status === 'rejected') {
    showError(result.reason, box);
    return;
  }
  const flows = result.value.flows ?? [];
  let unplaced = 0;
  for (const f of flows) {
    const a = places.get(f.from.id);
    const b = places.get(f.to.id);
    if (!a || !b || !Number.isFinite(a.lat) || !Number.isFinite(b.lat)) {
      unplaced++;
      continue;
    }
    const modes = Object.entries(f.modes ?? {}).map(([m, n]) => `${words(m)} ${n}`).join(', ');
    const prices = (f.medianPrices ?? []).map((p) => `median ${p.median} ${p.currency}`).join(', ');
    const line = L.polyline([[a.lat, a.lon], [b.lat, b.lon]], {
      weight: 1 + 2 * Math.sqrt(f.legs),
      color: '#37474f',
      opacity: 0.55,
      dashArray: '8 4',
      className: 'flow',
    });
    line.bindTooltip(h('span', {}, `${f.from.name} → ${f.to.name}: ${plural(f.legs, 'leg')}${modes ? ` (${modes})` : ''}${prices ? `; ${prices}` : ''}`));
    line.addTo(flowLayer);
    L.circleMarker([b.lat, b.lon], { radius: 3, color: '#37474f', fillOpacity: 1, interactive: false }).addTo(flowLayer);
  }
  clear(
    box,
    h('p', {}, `${plural(flows.length, 'route between places', 'routes between places')} in the window` + (unplaced ? `; ${unplaced} not drawn (no coordinates).` : '.')),
  );
}

// ---- the chart's places --------------------------------------------------------------------------------------------

function drawChart() {
  if (!map) return;
  chartLayer.clearLayers();
  chartMarkers.clear();
  for (const place of located()) {
    const icon = L.divIcon({
      className: 'chart-place',
      html: h('span', { class: 'chart-place-label' }, place.events.length ? String(place.events.length) : '•'),
      iconSize: [22, 22],
    });
    const marker = L.marker([place.lat, place.lon], { icon, keyboard: true, title: `${place.caption} (on the chart)`, alt: place.caption });
    marker.on('click', () => choose(place.id, place.events));
    marker.addTo(chartLayer);
    chartMarkers.set(place.id, { marker, events: place.events });
  }
  showSelection(state.selection);
  const count = side.querySelector('#map-chart-count');
  if (count) count.textContent = chartMarkers.size ? `${plural(chartMarkers.size, 'place')} from the chart.` : 'No place on the chart has coordinates.';
}

function choose(id, events = []) {
  select([id, ...events], 'map');
  showSelection([id, ...events]);
  emit('open-entity', id);
}

function showSelection(ids) {
  const chosen = new Set(ids);
  const hits = [];
  for (const [id, { marker, events }] of chartMarkers) {
    const isChosen = chosen.has(id) || events.some((e) => chosen.has(e));
    marker.getElement()?.classList.toggle('selected', isChosen);
    if (isChosen) hits.push(marker.getLatLng());
  }
  return hits;
}

function layerToggle(label, layer, checked = true) {
  return h(
    'label',
    { class: 'check' },
    h('input', { type: 'checkbox', checked, on: { change: (e) => (e.target.checked ? layer.addTo(map) : layer.remove()) } }),
    ' ',
    label,
  );
}

function mount(section) {
  const canvas = h('div', { id: 'map-canvas', class: 'map-canvas', 'aria-label': 'Map of the region. Arrow keys move, + and − zoom; the list beside it selects.' });
  side = h(
    'div',
    { class: 'map-side' },
    h('p', { id: 'map-window', class: 'hint' }),
    h(
      'fieldset',
      { class: 'layers' },
      h('legend', {}, 'Show'),
      h('span', { id: 'map-layer-toggles' }),
    ),
    h('p', { id: 'map-chart-count', class: 'hint' }),
    h(
      'details',
      { class: 'map-legend' },
      h('summary', {}, 'Legend'),
      h(
        'ul',
        {},
        Object.entries(TREND_WORDS).map(([t, w]) => h('li', {}, h('span', { class: ['dot', 'trend-' + t.toLowerCase()], 'aria-hidden': 'true' }), ` ${w}`)),
        h('li', {}, 'Circle size: legs and incidents in the window'),
        h('li', {}, 'Dashed lines: journey legs from place to place, thicker for more'),
        h('li', {}, 'Square labels: places on the chart, with how many of its incidents and legs happened there'),
      ),
    ),
    button('Reload', () => load(true)),
    h('div', { id: 'map-crossings', 'aria-live': 'polite' }),
    h('div', { id: 'map-flows' }),
  );
  section.append(h('h1', { id: 'title-map', class: 'visually-hidden' }, 'Map'), h('div', { class: 'map-body' }, canvas, side));
  map = L.map(canvas, { center: [42.8, 20.4], zoom: 6, minZoom: 4, maxZoom: 12, zoomSnap: 0.5, keyboard: true, worldCopyJump: false });
  // the map changes size when the entity panel opens: Leaflet only notices window resizes
  new ResizeObserver(() => map.invalidateSize()).observe(canvas);
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution('Outlines: Natural Earth');
  crossingLayer = L.layerGroup().addTo(map);
  flowLayer = L.layerGroup().addTo(map);
  chartLayer = L.layerGroup().addTo(map);
  side.querySelector('#map-layer-toggles').append(
    layerToggle('Crossing points', crossingLayer),
    layerToggle('Journey legs', flowLayer),
    layerToggle('Places on the chart', chartLayer),
  );
  tiles();
  countries();
  on('graph-changed', drawChart);
  on('selection', ({ ids, source }) => {
    if (source === 'map') return;
    const hits = showSelection(ids);
    if (visible && hits.length) map.panTo(hits[0]);
  });
  on('window', () => {
    if (visible) load();
    else loadedFor = null;
  });
  on('map-focus', ({ lat, lon }) => setTimeout(() => map.setView([lat, lon], 9), 50));
}

function show() {
  visible = true;
  map.invalidateSize();
  drawChart();
  load();
}

function hide() {
  visible = false;
}

export default { id: 'map', title: 'Map', timed: true, mount, show, hide };
