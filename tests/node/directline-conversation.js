// Holds one conversation with the service through the official Direct Line client (botframework-directlinejs),
// unmodified, as Web Chat would: token from the resident page's endpoint, then start, post, receive.
// Prints one JSON line with what happened; the C# end-to-end tests assert on it.
//
//   node directline-conversation.js --base http://127.0.0.1:5000 --mode websocket|polling \
//        --text "when is my recycling picked up?" [--expect recycl] [--timeout 60000]
'use strict';

global.XMLHttpRequest = require('xhr2');
// The client checks for a global WebSocket before it even looks at the one passed in.
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

function parseArgs(argv) {
  const args = { mode: 'websocket', timeout: 60000, expect: null, text: 'hello' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    args[key] = argv[i + 1];
  }
  args.timeout = Number(args.timeout);
  if (!args.base) throw new Error('--base is required');
  if (args.mode !== 'websocket' && args.mode !== 'polling') throw new Error('--mode is websocket or polling');
  return args;
}

async function fetchToken(base) {
  const response = await fetch(`${base}/webchat/token`, { method: 'POST' });
  if (!response.ok) throw new Error(`POST /webchat/token answered ${response.status}`);
  return response.json();
}

function summarize(activity) {
  // null rather than undefined, so that every field is present in the printed JSON.
  const pick = (value) => (value === undefined ? null : value);
  const from = activity.from || {};
  return {
    id: pick(activity.id),
    type: pick(activity.type),
    role: pick(from.role),
    fromId: pick(from.id),
    text: pick(activity.text),
    clientActivityID: pick(activity.channelData && activity.channelData.clientActivityID),
    replyToId: pick(activity.replyToId),
    conversationId: pick(activity.conversation && activity.conversation.id),
    timestamp: pick(activity.timestamp),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const result = { mode: args.mode, statuses: [], activities: [], postedId: null, error: null };
  const page = await fetchToken(args.base);
  Object.assign(result, { conversationId: page.conversationId, userId: page.userId, expiresIn: page.expires_in });

  const directLine = new DirectLine({
    token: page.token,
    domain: `${args.base}/v3/directline`,
    webSocket: args.mode === 'websocket',
    WebSocket: require('ws'),
    pollingInterval: 300,
  });
  const clientActivityID = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
  result.clientActivityID = clientActivityID;
  const expect = args.expect ? new RegExp(args.expect, 'i') : null;

  const done = new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), args.timeout);
    const check = () => {
      const echoAt = result.activities.findIndex((a) => a.clientActivityID === clientActivityID);
      if (echoAt < 0) return;
      const replies = result.activities.slice(echoAt + 1).filter((a) => a.role === 'bot' && a.type === 'message');
      if (expect ? replies.some((a) => expect.test(a.text || '')) : true) {
        clearTimeout(timer);
        resolve('complete');
      }
    };
    directLine.connectionStatus$.subscribe((status) => {
      result.statuses.push(Object.keys(ConnectionStatus).find((k) => ConnectionStatus[k] === status) || String(status));
    });
    directLine.activity$.subscribe(
      (activity) => { result.activities.push(summarize(activity)); check(); },
      (error) => { result.error = `activity$: ${error && (error.message || error.status)}`; clearTimeout(timer); resolve('error'); },
    );
  });

  directLine.postActivity({
    type: 'message',
    from: { id: page.userId, role: 'user' },
    text: args.text,
    textFormat: 'plain',
    locale: 'en-US',
    localTimezone: 'America/Chicago',
    localTimestamp: new Date().toISOString(),
    channelData: { clientActivityID },
    entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
  }).subscribe(
    (id) => { result.postedId = id; },
    (error) => { result.error = `postActivity: ${error && (error.message || error.status)}`; },
  );

  result.outcome = await done;
  directLine.end();
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

main().catch((error) => {
  process.stdout.write(JSON.stringify({ error: String(error && error.stack || error) }) + '\n');
  process.exit(1);
});
