// The console's live connection to /hubs/agent. SignalR's automatic reconnect covers short drops;
// after it gives up, this keeps retrying every few seconds while the console is open, so a console left
// open for a whole shift never needs a reload. After any reconnect the caller catches up (resynced).

const labels = { connected: 'Live', reconnecting: 'Reconnecting…', disconnected: 'Offline' };
const retryDelayMs = 5000;
// Quick tries first (a server restart or a network blip), then every 30 s for a few minutes; the loop below takes over after.
const reconnectDelaysMs = [0, 1000, 2000, 5000, 10000, 20000, 30000, 30000, 30000, 30000];

/**
 * Opens the connection. handlers: changed(summary), message(message), updated(message) when a message's
 * delivery status changes, typing(signal), state(name, label),
 * resynced() after any reconnect (pushes may have been missed), unauthorized() when the session ended.
 */
export async function openLiveConnection(handlers) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/agent')
    .withAutomaticReconnect(reconnectDelaysMs)
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  let stopped = false;
  let retryTimer = 0;
  const report = (name) => handlers.state(name, labels[name]);

  const start = async () => {
    try {
      await connection.start();
      report('connected');
      return true;
    } catch (error) {
      report('disconnected');
      if (error && error.statusCode === 401) handlers.unauthorized(); else scheduleRetry();
      return false;
    }
  };
  const scheduleRetry = () => {
    clearTimeout(retryTimer);
    if (stopped) return;
    retryTimer = setTimeout(async () => {
      if (!stopped && connection.state === signalR.HubConnectionState.Disconnected && await start()) handlers.resynced();
    }, retryDelayMs);
  };

  connection.on('ConversationChanged', handlers.changed);
  connection.on('MessageAdded', handlers.message);
  connection.on('MessageUpdated', handlers.updated);
  connection.on('Typing', handlers.typing);
  connection.onreconnecting(() => report('reconnecting'));
  connection.onreconnected(() => { report('connected'); handlers.resynced(); });
  connection.onclose(() => { report('disconnected'); scheduleRetry(); });
  await start();

  return {
    isLive: () => connection.state === signalR.HubConnectionState.Connected,
    invoke: (method, ...args) => connection.invoke(method, ...args),
    on: (name, handler) => connection.on(name, handler),
    stop: () => {
      stopped = true;
      clearTimeout(retryTimer);
      report('disconnected');
      return connection.stop().catch(() => {});
    },
  };
}
