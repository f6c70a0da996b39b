// Plain SVG charts for the dashboard's reports: stacked bars and lines over categories. Every label is set
// with textContent: questions and topics come from residents.

const NS = 'http://www.w3.org/2000/svg';
const W = 900, H = 320, LEFT = 48, RIGHT = 12, TOP = 12, BOTTOM = 48;
export const COLORS = ['#0b4f8a', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51', '#6a4c93', '#8ab17d', '#9c6644', '#5a6877'];

function el(name, attributes, parent) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  parent.appendChild(node);
  return node;
}

function label(parent, x, y, text, anchor = 'middle') {
  const node = el('text', { x, y, 'text-anchor': anchor }, parent);
  node.textContent = text;
  return node;
}

function frame(svg, min, max, categories) {
  svg.replaceChildren();
  const y = (v) => TOP + (H - TOP - BOTTOM) * (1 - (v - min) / ((max - min) || 1));
  el('line', { x1: LEFT, x2: W - RIGHT, y1: y(Math.max(min, 0)), y2: y(Math.max(min, 0)), class: 'axis' }, svg);
  for (const tick of [min, (min + max) / 2, max]) label(svg, LEFT - 6, y(tick) + 4, format(tick), 'end');
  const step = (W - LEFT - RIGHT) / Math.max(categories.length, 1);
  const every = Math.ceil(categories.length / 12);
  categories.forEach((c, i) => { if (i % every === 0) label(svg, LEFT + step * (i + 0.5), H - BOTTOM + 16, c); });
  return { y, step };
}

function format(v) {
  return Math.abs(v) >= 100 ? Math.round(v).toString() : (Math.round(v * 100) / 100).toString();
}

/** Bars per category, the series stacked; values may be negative (drawn below zero). */
export function bars(svg, categories, series) {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
  const lows = categories.map((_, i) => series.reduce((sum, s) => sum + Math.min(0, s.values[i] ?? 0), 0));
  const { y, step } = frame(svg, Math.min(0, ...lows), Math.max(1e-9, ...totals), categories);
  categories.forEach((_, i) => {
    let up = 0, down = 0;
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const from = v >= 0 ? up : down;
      const to = from + v;
      if (v >= 0) up = to; else down = to;
      const rect = el('rect', { x: LEFT + step * i + step * 0.15, width: step * 0.7, y: Math.min(y(from), y(to)), height: Math.abs(y(from) - y(to)), fill: COLORS[k % COLORS.length] }, svg);
      el('title', {}, rect).textContent = `${s.name}: ${format(v)}`;
    });
  });
}

/** One line per series over the categories; a missing value breaks the line. */
export function lines(svg, categories, series) {
  const values = series.flatMap((s) => s.values.filter((v) => v !== null && v !== undefined));
  const { y, step } = frame(svg, Math.min(0, ...values), Math.max(1e-9, ...values), categories);
  series.forEach((s, k) => {
    let path = '';
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) { path += ' '; return; }
      path += `${path.endsWith(' ') || path === '' ? 'M' : 'L'}${LEFT + step * (i + 0.5)},${y(v)} `;
    });
    el('path', { d: path.replace(/ +/g, ' ').trim() || 'M0,0', fill: 'none', stroke: COLORS[k % COLORS.length], 'stroke-width': 2 }, svg);
  });
}

/** The legend under a chart. */
export function legend(container, names) {
  container.replaceChildren(...names.map((name, k) => {
    const item = document.createElement('span');
    const swatch = document.createElement('span');
    swatch.className = 'legend__swatch';
    swatch.style.background = COLORS[k % COLORS.length];
    item.append(swatch, document.createTextNode(name));
    return item;
  }));
}
