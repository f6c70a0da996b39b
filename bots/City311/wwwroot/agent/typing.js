// Typing both ways: "… is typing" under the transcript while a watcher's signal is fresh, and the agent's own typing
// sent to the hub at most every few seconds (the server passes it to the resident where the channel shows it).
// Names are placed with textContent only.

const $ = (id) => document.getElementById(id);
const sendEveryMs = 3000;
let hideTimer = 0;
let lastSent = 0;

/** Shows a typing signal for the open conversation; the agent's own is ignored. */
export function showTyping(typing, openId, me) {
  if (!typing || typing.conversationId !== openId || (typing.author === 'agent' && typing.authorId === me.id)) return;
  const line = $('typing');
  line.textContent = `${typing.name || (typing.author === 'resident' ? 'The resident' : 'A colleague')} is typing…`;
  line.dataset.author = typing.author;
  line.hidden = false;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(clearTyping, Math.max(1, typing.expiresInSeconds || 5) * 1000);
}

/** Hides the indicator (a message arrived, or another conversation was opened). */
export function clearTyping() {
  clearTimeout(hideTimer);
  $('typing').hidden = true;
  $('typing').textContent = '';
}

/** Called on every keystroke in a reply to the resident; sends a signal when the last one is old enough. */
export function agentTyped(connection, id) {
  const now = Date.now();
  if (!connection || !connection.isLive() || now - lastSent < sendEveryMs) return;
  lastSent = now;
  connection.invoke('Typing', id).catch(() => { lastSent = 0; });
}
