// Holds one web chat conversation through the official Direct Line client (botframework-directlinejs), unmodified,
// for as long as a test drives it, as a resident's open browser tab would: reconnecting by itself when the server
// drops the stream. Commands come on stdin, one per line:
//   post <text>     sends a message from the resident
//   end             ends the client and exits
// Every event goes to stdout as one JSON line: {"event":"ready"|"status"|"activity"|"posted"|"error", ...}.
//
//   node directline-session.js --base http://127.0.0.1:5000
'use strict';

global.XMLHttpRequest = require('xhr2');
// The client checks for a global WebSocket before it even looks at the one passed in.
global.WebSocket = require('ws');
const readline = require('readline');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');
const pick = (value) => (value === undefined ? null : value);

async function main() {
  const at = process.argv.indexOf('--base');
  if (at < 0) throw new Error('--base is required');
  const base = process.argv[at + 1].replace(/\/$/, '');
  const response = await fetch(`${base}/webchat/token`, { method: 'POST' });
  if (!response.ok) throw new Error(`POST /webchat/token answered ${response.status}`);
  const page = await response.json();

  const directLine = new DirectLine({
    token: page.token,
    domain: `${base}/v3/directline`,
    webSocket: true,
    WebSocket: require('ws'),
  });
  directLine.connectionStatus$.subscribe((status) => {
    print({ event: 'status', status: Object.keys(ConnectionStatus).find((k) => ConnectionStatus[k] === status) || String(status) });
  });
  directLine.activity$.subscribe(
    (activity) => print({
      event: 'activity',
      id: pick(activity.id),
      type: pick(activity.type),
      role: pick((activity.from || {}).role),
      text: pick(activity.text),
      clientActivityID: pick(activity.channelData && activity.channelData.clientActivityID),
    }),
    (error) => print({ event: 'error', message: `activity$: ${error && (error.message || error.status)}` }),
  );
  print({ event: 'ready', conversationId: page.conversationId, userId: page.userId });

  let posted = 0;
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line === 'end') {
      directLine.end();
      process.exit(0);
    }
    if (!line.startsWith('post ')) return;
    const text = line.slice(5);
    const clientActivityID = `session-${process.pid}-${++posted}`;
    directLine.postActivity({
      type: 'message',
      from: { id: page.userId, role: 'user' },
      text,
      textFormat: 'plain',
      locale: 'en-US',
      channelData: { clientActivityID },
    }).subscribe(
      (id) => print({ event: 'posted', id, text, clientActivityID }),
      (error) => print({ event: 'error', message: `postActivity: ${error && (error.message || error.status)}`, text }),
    );
  });
}

main().catch((error) => {
  print({ event: 'error', message: String((error && error.stack) || error) });
  process.exit(1);
});
