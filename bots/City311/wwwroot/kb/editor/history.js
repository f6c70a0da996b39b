// Version history and diffs. Every value an editor typed is shown with textContent.
import { api } from './api.js';

const $ = (id) => document.getElementById(id);

const FIELD_LABELS = {
  title: 'Title', summary: 'Summary', body: 'Body', questions: 'Phrasings', tags: 'Tags', department: 'Department',
  owner: 'Owner', audience: 'Audience', related: 'Related', validFrom: 'Valid from', validUntil: 'Valid until',
  smsAnswer: 'SMS answer', voiceAnswer: 'Voice answer', language: 'Language', translationOf: 'Translation of',
  sourceVersion: 'Source version',
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label, onClick) {
  const node = element('button', 'button button--small', label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** Shows the versions of the article, newest first, with compare and roll-back actions. */
export async function renderHistory(detail, { onRollback, report }) {
  const list = $('history-list');
  list.replaceChildren();
  $('diff').hidden = true;
  const versions = await api.versions(detail.id);
  for (const version of versions) {
    const item = element('li', 'history-item');
    item.dataset.version = String(version.number);
    const head = element('div', 'history-item__head');
    head.append(element('strong', null, `Version ${version.number}`));
    if (version.published) head.append(element('span', 'badge badge--published', 'published'));
    if (version.number === detail.headVersion) head.append(element('span', 'badge', 'head'));
    const when = new Date(version.at).toLocaleString();
    item.append(head, element('p', 'muted', `${version.authorName} · ${when}`));
    if (version.comment) item.append(element('p', 'history-item__comment', version.comment));
    const actions = element('div', 'history-item__actions');
    if (version.number > 1) {
      actions.append(button('Compare with previous', () => showDiff(detail.id, version.number - 1, version.number).catch(report)));
    }
    if (version.number !== detail.headVersion) {
      actions.append(button('Compare with head', () => showDiff(detail.id, version.number, detail.headVersion).catch(report)));
      actions.append(button('Roll back to this', () => onRollback(version.number)));
    }
    item.append(actions);
    list.append(item);
  }
}

/** Shows the line diff of every changed field from one version to another. */
export async function showDiff(id, from, to) {
  const diff = await api.diff(id, from, to);
  $('diff-title').textContent = `Changes from version ${from} to version ${to}`;
  const fields = $('diff-fields');
  fields.replaceChildren();
  const changed = diff.fields.filter((f) => f.changed);
  if (changed.length === 0) fields.append(element('p', 'muted', 'The two versions have the same content.'));
  for (const field of changed) {
    const section = element('section', 'diff-field');
    section.dataset.field = field.field;
    section.append(element('h4', null, FIELD_LABELS[field.field] || field.field));
    const lines = element('pre', 'diff-lines');
    for (const line of field.lines) {
      const marker = line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  ';
      const row = element('span', `diff-line diff-line--${line.kind}`, marker + line.text);
      lines.append(row, '\n');
    }
    section.append(lines);
    fields.append(section);
  }
  $('diff').hidden = false;
  $('diff').scrollIntoView({ block: 'nearest' });
}
