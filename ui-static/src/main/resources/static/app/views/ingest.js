// Uploading case reports (INGEST role): canonical JSON or NDJSON (POST /api/v1/reports), or a national CSV/XLSX export
// with its column mapping (POST /api/v1/reports/tabular). Shows the upload's progress, then every report's outcome
// and every problem by record and field.

import * as api from '../api.js';
import { state, on } from '../state.js';
import { h, clear, field, showError, plural, words } from '../ui.js';

let form;
let fileInput;
let mappingRow;
let progress;
let progressText;
let results;
let history;

function kindOf(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv') || name.endsWith('.xlsx')) return 'tabular';
  return null;
}

function fileChosen() {
  const file = fileInput.files[0];
  mappingRow.hidden = !file || kindOf(file) !== 'tabular';
}

async function submit(event) {
  event.preventDefault();
  const file = fileInput.files[0];
  if (!file) {
    clear(results, h('p', { class: 'problem', role: 'alert' }, 'Choose a file first.'));
    return;
  }
  const kind = kindOf(file);
  if (!kind) {
    clear(results, h('p', { class: 'problem', role: 'alert' }, 'Borderlink reads .json, .ndjson, .csv and .xlsx files.'));
    return;
  }
  let body;
  let contentType;
  let path = '/api/v1/reports';
  if (kind === 'tabular') {
    const data = new FormData(form);
    const mapping = String(data.get('mapping') ?? '');
    const mappingFile = data.get('mappingFile');
    body = new FormData();
    body.append('file', file);
    if (mappingFile && mappingFile.size) body.append('mappingFile', mappingFile);
    else if (mapping) body.append('mapping', mapping);
    else {
      clear(results, h('p', { class: 'problem', role: 'alert' }, 'Choose the column mapping of this file, or upload one (YAML).'));
      return;
    }
    path = '/api/v1/reports/tabular';
  } else {
    body = file;
    contentType = kind === 'ndjson' ? 'application/x-ndjson' : 'application/json';
  }
  const started = Date.now();
  progress.hidden = false;
  progress.value = 0;
  progress.removeAttribute('aria-valuetext');
  progressText.textContent = `Sending ${file.name}…`;
  clear(results);
  form.querySelector('button[type=submit]').disabled = true;
  try {
    const answer = await api.upload(path, body, {
      contentType,
      onProgress: (fraction) => {
        progress.value = Math.round(fraction * 100);
        progressText.textContent = fraction < 1 ? `Sending ${file.name}: ${Math.round(fraction * 100)}%` : 'Sent. The server is checking and storing the reports…';
      },
    });
    progress.value = 100;
    progressText.textContent = `Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
    renderAnswer(file.name, answer);
  } catch (error) {
    progressText.textContent = 'The file was not taken.';
    renderRefusal(file.name, error);
  } finally {
    form.querySelector('button[type=submit]').disabled = false;
  }
}

function counts(a) {
  return [
    a.stored ? `${a.stored} stored` : null,
    a.replaced ? `${a.replaced} replaced by a new version` : null,
    a.unchanged ? `${a.unchanged} unchanged (already known)` : null,
    a.refused ? `${a.refused} refused` : null,
  ].filter(Boolean).join(', ') || 'nothing';
}

function renderAnswer(name, a) {
  const reports = a.reports ?? [];
  remember(name, counts(a));
  clear(
    results,
    h('h2', {}, `${name}: ${counts(a)}`),
    a.elementsWritten !== undefined ? h('p', {}, `${plural(a.elementsWritten, 'graph element')} written.`) : null,
    reports.length
      ? h(
          'table',
          { class: 'ingest-results', id: 'ingest-results' },
          h('thead', {}, h('tr', {}, ['#', 'Report', 'Outcome', 'Removed to protect people', 'Problems'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            reports.map((r) =>
              h(
                'tr',
                { class: 'outcome-' + String(r.status).toLowerCase() },
                h('td', { class: 'num' }, String((r.index ?? 0) + 1)),
                h('td', {}, r.reportId ?? '—'),
                h('td', {}, words(r.status)),
                h('td', {}, (r.removed ?? []).join('; ')),
                h('td', {}, (r.problems ?? []).map((p) => h('div', {}, `${p.path}: ${p.message}`))),
              ),
            ),
          ),
        )
      : null,
  );
}

function renderRefusal(name, error) {
  remember(name, error.message);
  const box = h('div');
  clear(results, h('h2', {}, `${name}: not taken`), box);
  showError(error, box);
  if (error.problem?.stored || error.problem?.replaced) {
    results.append(h('p', {}, `The other reports of the file were kept: ${error.problem.stored ?? 0} stored, ${error.problem.replaced ?? 0} replaced, ${error.problem.unchanged ?? 0} unchanged.`));
  }
}

function remember(name, outcome) {
  history.prepend(h('li', {}, h('time', {}, new Date().toLocaleTimeString('en-GB')), ` ${name} — ${outcome}`));
}

function mappingOptions() {
  const select = form.elements.namedItem('mapping');
  const names = state.config?.mappings ?? [];
  clear(select, h('option', { value: '' }, names.length ? 'choose…' : 'none known: upload one'), names.map((n) => h('option', { value: n }, n)));
}

function mount(root) {
  fileInput = h('input', { type: 'file', name: 'file', id: 'ingest-file', accept: '.json,.ndjson,.jsonl,.csv,.xlsx', required: true, on: { change: fileChosen } });
  mappingRow = h(
    'div',
    { class: 'mapping-row', hidden: true },
    field('Column mapping', h('select', { name: 'mapping', id: 'ingest-mapping' }), 'How the columns of this agency’s export map to a case report.'),
    field('or a mapping file (YAML)', h('input', { type: 'file', name: 'mappingFile', id: 'ingest-mapping-file', accept: '.yaml,.yml' })),
  );
  progress = h('progress', { id: 'ingest-progress', max: '100', value: '0', hidden: true, 'aria-labelledby': 'ingest-progress-text' });
  progressText = h('p', { id: 'ingest-progress-text', role: 'status' });
  results = h('div', { id: 'ingest-box', 'aria-live': 'polite' });
  history = h('ul', { class: 'upload-history' });
  form = h(
    'form',
    { id: 'ingest-form', class: 'ingest-form' },
    field('File of case reports', fileInput, 'Canonical reports as .json (one or an array) or .ndjson; a national export as .csv or .xlsx.'),
    mappingRow,
    h('button', { type: 'submit', class: 'primary', id: 'ingest-submit' }, 'Upload'),
  );
  form.addEventListener('submit', submit);
  root.append(
    h('h1', { id: 'title-ingest' }, 'Upload case reports'),
    h('p', {}, `You may submit reports of ${(state.me?.ingestFor ?? []).join(', ') || 'your agency'}. A report that breaks the format is refused whole, with every problem listed; nothing of it is stored. Victims’ and migrants’ names and document numbers are removed before anything is written.`),
    form,
    progress,
    progressText,
    results,
    h('h2', {}, 'This session’s uploads'),
    history,
  );
  mappingOptions();
  on('config', mappingOptions);
}

export default { id: 'ingest', title: 'Upload', mount };
