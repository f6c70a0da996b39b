// The reply box: Enter sends (to the open conversation, or to another of the person's channels chosen under "Reply on"),
// the pickers insert templates, canned responses and articles, and typing is signalled to the resident.
// A reply that still holds a {{placeholder}} is not sent.
import { api } from './api.js';
import { notice } from '/staff/notice.js';
import { insertCanned, unfilledPlaceholder } from './canned.js';
import { wireArticleSearch } from './articles.js';
import { insertTemplate } from './templates.js';
import { agentTyped } from './typing.js';
import { replyTarget } from './timeline.js';
import { offerTemplate } from './window.js';

const $ = (id) => document.getElementById(id);

/**
 * ctx: currentId(), isMine() (the open conversation is assigned to the signed-in agent), connection(),
 * added(message) for what was stored, refresh() to update the composer's state, report(error).
 */
export function wireComposer(ctx) {
  const send = async () => {
    const box = $('reply-text');
    const text = box.value.trim();
    const id = ctx.currentId();
    if (!text || $('send').disabled || !id) return;
    const unfilled = unfilledPlaceholder(text);
    if (unfilled) { notice(`Fill in or remove ${unfilled} before sending.`); return; }
    const isPrivate = $('reply-private').checked;
    const via = isPrivate ? null : replyTarget();
    $('send').disabled = true;
    try {
      ctx.added(via ? await api.replyVia(id, via, text) : await api.send(id, text, isPrivate));
      box.value = '';
    } catch (error) {
      if (!offerTemplate(error, id, text, (m) => { ctx.added(m); box.value = ''; }, ctx.report)) ctx.report(error);
    } finally {
      ctx.refresh();
      box.focus();
    }
  };

  $('reply-text').addEventListener('input', () => {
    if (!$('reply-private').checked && !replyTarget() && ctx.isMine()) agentTyped(ctx.connection(), ctx.currentId());
  });
  $('template-picker').addEventListener('change', () => insertTemplate(ctx.currentId()).catch(ctx.report));
  $('canned-picker').addEventListener('change', () => insertCanned(ctx.currentId()).catch(ctx.report));
  wireArticleSearch(ctx.currentId, ctx.report);
  $('composer').addEventListener('submit', (event) => { event.preventDefault(); send(); });
  $('reply-text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
}
