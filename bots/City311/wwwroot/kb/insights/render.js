// DOM builders of the insights page. Residents' questions are shown with textContent only, never as HTML.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function button(label, className, onClick) {
  const node = el('button', `button ${className || ''}`.trim(), label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

const TRENDS = {
  rising: { arrow: '▲', label: 'more than the week before' },
  falling: { arrow: '▼', label: 'fewer than the week before' },
  steady: { arrow: '▶', label: 'as many as the week before' },
};

export function trendBadge(cluster) {
  const trend = TRENDS[cluster.trend] || TRENDS.steady;
  const badge = el('span', `trend trend--${cluster.trend}`);
  badge.append(el('span', null, trend.arrow), el('span', null, ` ${cluster.lastWeek} this week`));
  badge.title = `${cluster.lastWeek} in the last 7 days, ${cluster.previousWeek} in the 7 before: ${trend.label}`;
  return badge;
}

export function formatDate(value) {
  if (!value) return '–';
  return new Date(value).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatRate(article) {
  const rated = article.helpful + article.notHelpful;
  if (!rated) return '–';
  return `${Math.round(article.helpfulRate * 100)}% (${article.helpful} of ${rated})`;
}

/** One table row of the Articles tab. */
export function articleRow(article) {
  const row = el('tr');
  const title = el('td');
  const link = el('a', null, article.title);
  link.href = article.url;
  title.append(link, el('div', 'muted small', article.id));
  row.append(
    title,
    el('td', 'num', article.views),
    el('td', 'num', article.answers),
    el('td', 'num', formatRate(article)),
    el('td', 'num', article.handoffsAfterAnswer),
    el('td', null, formatDate(article.lastAnswered)),
  );
  return row;
}

/** The static part of a cluster card: label, counts, trend, samples and the articles that came up. */
export function clusterSummary(cluster) {
  const header = el('div', 'cluster__header');
  header.append(el('h3', 'cluster__label', cluster.label), el('span', 'count', cluster.count), trendBadge(cluster));
  const meta = el('p', 'muted small',
    `First asked ${formatDate(cluster.firstSeen)}, last asked ${formatDate(cluster.lastSeen)}.`);
  const samples = el('ul', 'cluster__samples');
  for (const sample of cluster.samples) samples.append(el('li', null, sample));
  const parts = [header, meta, samples];
  if (cluster.articles.length) {
    const offered = el('p', 'muted small', 'Offered instead: ');
    cluster.articles.forEach((article, index) => {
      if (index) offered.append(', ');
      const link = el('a', null, article.title);
      link.href = `/kb/${encodeURIComponent(article.id)}`;
      offered.append(link, ` (${article.count})`);
    });
    parts.push(offered);
  }
  return parts;
}
