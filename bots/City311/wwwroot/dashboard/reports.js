// The reports part of the dashboard: fetches a chart's table for a period, draws it, lists it, links its CSV.
import { call } from '/staff/http.js';
import { bars, lines, legend } from './charts.js';

const $ = (id) => document.getElementById(id);

// How each chart is drawn from its table: kind, the category column, and the series (columns, or pivoted).
const views = {
  volume: { kind: 'bars', pivot: ['hour', 'channel', 'conversations'] },
  containment: { kind: 'bars', category: 'day', series: ['rate'] },
  'handle-time': { kind: 'lines', category: 'day', series: ['avg_handle_seconds', 'avg_resolve_seconds'] },
  csat: { kind: 'lines', category: 'day', series: ['avg_score'], empty: (t) => t.rows.every((r) => r[1] === 0) },
  sentiment: { kind: 'bars', category: 'day', series: ['avg_score'] },
  'topic-trends': { kind: 'lines', pivot: ['day', 'topic', 'messages'] },
  questions: { kind: 'bars', category: 'question', series: ['count'] },
  topics: { kind: 'bars', category: 'topic', series: ['messages'] },
};

function seriesOf(table, view) {
  const col = (name) => table.columns.indexOf(name);
  if (view.pivot) {
    const [c, s, v] = view.pivot.map(col);
    const categories = [...new Set(table.rows.map((r) => r[c]))];
    const names = [...new Set(table.rows.map((r) => r[s]))];
    return {
      categories,
      series: names.map((name) => ({
        name,
        values: categories.map((cat) => table.rows.filter((r) => r[c] === cat && r[s] === name).reduce((sum, r) => sum + r[v], 0)),
      })),
    };
  }
  return {
    categories: table.rows.map((r) => String(r[col(view.category)])),
    series: view.series.map((name) => ({ name, values: table.rows.map((r) => r[col(name)]) })),
  };
}

function list(table) {
  const head = document.createElement('tr');
  head.append(...table.columns.map((name) => Object.assign(document.createElement('th'), { scope: 'col', textContent: name })));
  $('report-head').replaceChildren(head);
  $('report-body').replaceChildren(...table.rows.map((row) => {
    const tr = document.createElement('tr');
    tr.append(...row.map((value) => {
      const td = document.createElement('td');
      td.textContent = value === null ? '–' : String(value);
      if (typeof value === 'number') td.className = 'num';
      return td;
    }));
    return tr;
  }));
}

/** Shows the chart chosen in the form. */
export async function showReport() {
  const chart = $('chart').value;
  const query = new URLSearchParams({ from: $('from').value, to: $('to').value });
  $('csv').href = `/api/supervisor/reports/${chart}.csv?${query}`;
  $('report-error').textContent = '';
  let table;
  try {
    table = await call('GET', `/api/supervisor/reports/${chart}?${query}`);
  } catch (error) {
    $('report-error').textContent = error.message;
    return;
  }
  const view = views[chart];
  const empty = table.rows.length === 0 || (view.empty && view.empty(table));
  $('report-empty').hidden = !empty;
  $('chart-svg').hidden = empty;
  list(table);
  if (empty) { legend($('legend'), []); return; }
  const { categories, series } = seriesOf(table, view);
  (view.kind === 'bars' ? bars : lines)($('chart-svg'), categories, series);
  legend($('legend'), series.map((s) => s.name));
}

/** Fills the chart picker and the default period (the last seven days), and wires the form. */
export async function wireReports() {
  const charts = await call('GET', '/api/supervisor/reports');
  $('chart').replaceChildren(...charts.map((name) => Object.assign(document.createElement('option'), { value: name, textContent: name })));
  const today = new Date();
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  $('to').value = iso(today);
  $('from').value = iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6));
  $('period').addEventListener('submit', (event) => { event.preventDefault(); showReport(); });
  $('chart').addEventListener('change', showReport);
  await showReport();
}
