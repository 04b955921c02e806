// Routes and trends for analysts: trending crossing points as a chart (plain SVG), corridors (borders) and
// origin–destination flows of journey legs, each window against the one of equal length before it.

import * as api from '../api.js';
import { emit } from '../state.js';
import { h, clear, button, field, showError, plural, words, day, addDays, today } from '../ui.js';
import { activity } from './map.js';

const TREND_WORDS = { UP: 'rising', NEW: 'new', DOWN: 'falling', GONE: 'gone quiet', STEADY: 'steady' };

let form;
let chartBox;
let corridorBox;
let flowBox;

function windowOf() {
  const data = new FormData(form);
  const days = String(data.get('days'));
  if (days !== 'custom') return { from: addDays(today(), -Number(days) + 1), to: today() };
  return { from: String(data.get('from')), to: String(data.get('to')) };
}

async function load() {
  const w = windowOf();
  const nationality = String(new FormData(form).get('nationality') ?? '').trim().toUpperCase() || undefined;
  clear(chartBox, h('p', { class: 'loading' }, 'Counting…'));
  clear(corridorBox);
  clear(flowBox);
  const [points, legs] = await Promise.allSettled([
    api.get('/api/v1/routes/crossing-points', { from: w.from, to: w.to, nationality }),
    api.get('/api/v1/routes/legs', { from: w.from, to: w.to, nationality, limit: 50 }),
  ]);
  if (points.status === 'fulfilled') {
    drawChart(points.value);
    drawCorridors(points.value);
  } else showError(points.reason, chartBox);
  if (legs.status === 'fulfilled') drawFlows(legs.value);
  else showError(legs.reason, flowBox);
}

/** Grouped bars: the window before (light) and this window (dark) per crossing point, the busiest 15, with numbers. */
function drawChart(answer) {
  const rows = (answer.crossingPoints ?? [])
    .map((cp) => ({ cp, ...activity(cp.counts) }))
    .sort((a, b) => Math.max(b.now, b.before) - Math.max(a.now, a.before))
    .slice(0, 15);
  const title = `Crossing points, ${day(answer.window.from)} – ${day(answer.window.to)} against ${day(answer.previous.from)} – ${day(answer.previous.to)}`;
  if (!rows.length) {
    clear(chartBox, h('h2', {}, title), h('p', {}, 'No leg or incident you may see was placed at a crossing point in these windows.'));
    return;
  }
  const max = Math.max(...rows.map((r) => Math.max(r.now, r.before)), 1);
  const labelWidth = 230;
  const barArea = 420;
  const rowHeight = 30;
  const height = rows.length * rowHeight + 30;
  const width = labelWidth + barArea + 170;
  const svg = h('svg:svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'trend-chart',
    id: 'trend-chart',
    role: 'img',
    'aria-labelledby': 'trend-title',
  });
  svg.append(
    h('svg:rect', { x: labelWidth, y: 4, width: 12, height: 10, class: 'bar before' }),
    h('svg:text', { x: labelWidth + 16, y: 13, class: 'legend' }, 'window before'),
    h('svg:rect', { x: labelWidth + 120, y: 4, width: 12, height: 10, class: 'bar now' }),
    h('svg:text', { x: labelWidth + 136, y: 13, class: 'legend' }, 'this window'),
  );
  rows.forEach((r, i) => {
    const y = 24 + i * rowHeight;
    const scale = (n) => (n / max) * barArea;
    svg.append(
      h('svg:text', { x: labelWidth - 8, y: y + 15, class: 'label', 'text-anchor': 'end' }, r.cp.name.length > 34 ? r.cp.name.slice(0, 33) + '…' : r.cp.name),
      h('svg:rect', { x: labelWidth, y: y + 2, width: Math.max(1, scale(r.before)), height: 10, class: 'bar before' }, h('svg:title', {}, `before: ${r.before}`)),
      h('svg:rect', { x: labelWidth, y: y + 13, width: Math.max(1, scale(r.now)), height: 12, class: 'bar now' }, h('svg:title', {}, `this window: ${r.now}`)),
      h('svg:text', { x: labelWidth + Math.max(scale(r.now), scale(r.before)) + 6, y: y + 22, class: 'value' }, `${r.before} → ${r.now}`),
      h('svg:text', { x: labelWidth + barArea + 70, y: y + 22, class: ['trend', 'trend-' + r.trend.toLowerCase()].join(' ') }, `${{ UP: '▲', NEW: '★', DOWN: '▼', GONE: '○', STEADY: '■' }[r.trend]} ${TREND_WORDS[r.trend]}${r.change === null ? '' : ` ${r.change > 0 ? '+' : ''}${r.change}%`}`),
    );
  });
  clear(
    chartBox,
    h('h2', { id: 'trend-title' }, title),
    svg,
    h(
      'details',
      {},
      h('summary', {}, 'The same as a table'),
      h(
        'table',
        { class: 'crossings' },
        h('thead', {}, h('tr', {}, ['Crossing point', 'Border', 'Legs', 'Incidents', 'Migrants', 'Before', 'Trend'].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          {},
          rows.map((r) =>
            h(
              'tr',
              {},
              h('td', {}, button(r.cp.name, () => emit('open-entity', r.cp.id), { class: 'link' })),
              h('td', {}, `${r.cp.countryA}–${r.cp.countryB}`),
              h('td', { class: 'num' }, String(r.cp.counts.legs)),
              h('td', { class: 'num' }, String(r.cp.counts.incidents)),
              h('td', { class: 'num' }, String(r.cp.counts.migrants)),
              h('td', { class: 'num' }, String(r.before)),
              h('td', {}, TREND_WORDS[r.trend]),
            ),
          ),
        ),
      ),
    ),
  );
}

function drawCorridors(answer) {
  const corridors = answer.corridors ?? [];
  clear(
    corridorBox,
    h('h2', {}, 'Corridors (borders)'),
    corridors.length
      ? h(
          'table',
          { class: 'crossings', id: 'corridors' },
          h('thead', {}, h('tr', {}, ['Border', 'Legs', 'Incidents', 'Now', 'Before', 'Trend'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            corridors.map((c) => {
              const a = activity(c.counts);
              return h(
                'tr',
                {},
                h('td', {}, c.border),
                h('td', { class: 'num' }, String(c.counts.legs)),
                h('td', { class: 'num' }, String(c.counts.incidents)),
                h('td', { class: 'num' }, String(a.now)),
                h('td', { class: 'num' }, String(a.before)),
                h('td', {}, h('span', { class: ['trend', 'trend-' + a.trend.toLowerCase()] }, TREND_WORDS[a.trend] + (a.change === null ? '' : ` ${a.change > 0 ? '+' : ''}${a.change}%`))),
              );
            }),
          ),
        )
      : h('p', {}, 'No corridor activity in this window.'),
  );
}

function drawFlows(answer) {
  const flows = answer.flows ?? [];
  clear(
    flowBox,
    h('h2', {}, 'Journey legs from place to place'),
    flows.length
      ? h(
          'table',
          { class: 'flows', id: 'flows' },
          h('thead', {}, h('tr', {}, ['From', 'To', 'Legs', 'How', 'Through', 'Median price per person'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            flows.map((f) =>
              h(
                'tr',
                {},
                h('td', {}, `${f.from.name}${f.from.country ? ` (${f.from.country})` : ''}`),
                h('td', {}, `${f.to.name}${f.to.country ? ` (${f.to.country})` : ''}`),
                h('td', { class: 'num' }, String(f.legs)),
                h('td', {}, Object.entries(f.modes ?? {}).map(([m, n]) => `${words(m)} ${n}`).join(', ')),
                h('td', {}, Object.entries(f.via ?? {}).map(([v, n]) => `${v} ${n}`).join(', ')),
                h('td', {}, (f.medianPrices ?? []).map((p) => `${p.median.toLocaleString('en-GB')} ${p.currency} (${plural(p.legs, 'leg')})`).join('; ')),
              ),
            ),
          ),
        )
      : h('p', {}, 'No journey legs you may see in this window.'),
    flows.length ? button('Show on the map', () => emit('go', 'map')) : null,
  );
}

function mount(root) {
  form = h(
    'form',
    { class: 'inline-form', id: 'routes-form' },
    field('Window', h('select', { name: 'days', id: 'routes-days' }, [['30', 'last 30 days'], ['90', 'last 90 days'], ['365', 'last 12 months'], ['custom', 'chosen dates']].map(([v, t]) => h('option', { value: v, selected: v === '90' }, t)))),
    field('From', h('input', { type: 'date', name: 'from', value: addDays(today(), -89) })),
    field('To', h('input', { type: 'date', name: 'to', value: today() })),
    field('Nationality (optional)', h('input', { name: 'nationality', size: 4, autocomplete: 'off' }), 'e.g. AF, SY'),
    h('button', { type: 'submit', class: 'primary' }, 'Show'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    load();
  });
  chartBox = h('div', { id: 'trend-box', 'aria-live': 'polite' });
  corridorBox = h('div', { id: 'corridor-box' });
  flowBox = h('div', { id: 'flow-box' });
  root.append(h('h1', { id: 'title-routes' }, 'Routes and trends'), form, chartBox, corridorBox, flowBox);
}

let loaded = false;

function show() {
  if (!loaded) {
    loaded = true;
    load();
  }
}

export default { id: 'routes', title: 'Routes and trends', mount, show };
