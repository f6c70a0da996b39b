// Starts the npm Cosmos DB server implementation (@vercel/cosmosdb-server) for the Cosmos store tests, with the
// small fixes the .NET SDK needs (see docs/cosmos.md):
// - the SDK asks the gateway for a query plan before every query; this server has exactly one partition key range,
//   so a pass-through plan over the full range is the correct answer;
// - reading a missing document makes the server throw (500); Cosmos answers 404;
// - resource ids are written as Cosmos DB writes them, with '-' for base64's '/': the SDK addresses some resources
//   by resource id (a container's partition key ranges at /dbs/{db rid}/colls/{container rid}/pkranges) and sends
//   '/' as '-', which the server would not find (every 64th database then failed its queries with "stale cache");
// - faults can be injected (429 with x-ms-retry-after-ms, 408, 503) through POST /_faults, so the tests can prove the
//   store's retries against the real SDK.
// Usage: node cosmos-server.js <port>   (prints "ready <port>" when listening; HTTPS with the package's self-signed cert)
'use strict';
const readDocument = require('@vercel/cosmosdb-server/lib/handler/read-document');
const original = readDocument.default;
readDocument.default = (account, req, res, params) => {
  try {
    return original(account, req, res, params);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    res.statusCode = 404;
    return { code: 'NotFound', message: 'Entity with the specified id does not exist in the system.' };
  }
};
for (const kind of ['databases', 'collections', 'documents', 'partition-key-ranges', 'user-defined-functions']) {
  const resources = require(`@vercel/cosmosdb-server/lib/account/${kind}`).default;
  const rid = resources.prototype._rid;
  resources.prototype._rid = function cosmosRid(id) { return rid.call(this, id).replace(/\//g, '-'); };
}
const { createHttpsServer } = require('@vercel/cosmosdb-server');

const port = parseInt(process.argv[2] || '8081', 10);
const server = createHttpsServer();
const [handler] = server.listeners('request');
server.removeAllListeners('request');

// Faults to inject: { status, count, retryAfterMs, pathContains }
let faults = [];

const queryPlan = JSON.stringify({
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None', top: null, offset: null, limit: null, orderBy: [], orderByExpressions: [],
    groupByExpressions: [], groupByAliases: [], aggregates: [], groupByAliasToAggregateType: {},
    rewrittenQuery: '', hasSelectValue: false, dCountInfo: null, hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
});

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

server.on('request', async (req, res) => {
  if (req.url === '/_faults' && req.method === 'POST') {
    const body = await readBody(req);
    // Faults are keyed by path, so tests scoped to their own database never clear each other's.
    const incoming = JSON.parse(body || '[]');
    faults = faults.filter((f) => !incoming.some((i) => i.pathContains === f.pathContains)).concat(incoming);
    res.writeHead(204).end();
    return;
  }
  if (String(req.headers['x-ms-cosmos-is-query-plan-request']).toLowerCase() === 'true') {
    await readBody(req);
    res.writeHead(200, { 'content-type': 'application/json', 'x-ms-request-charge': '1' }).end(queryPlan);
    return;
  }
  const fault = faults.find((f) => f.count > 0 && (!f.pathContains || req.url.includes(f.pathContains))
    && (!f.method || f.method === req.method));
  if (fault) {
    fault.count -= 1;
    await readBody(req);
    const headers = { 'content-type': 'application/json', 'x-ms-request-charge': '0' };
    if (fault.retryAfterMs !== undefined) headers['x-ms-retry-after-ms'] = String(fault.retryAfterMs);
    if (fault.status === 429) headers['x-ms-substatus'] = '3200';
    res.writeHead(fault.status, headers).end(JSON.stringify({ code: String(fault.status), message: 'injected fault' }));
    return;
  }
  handler(req, res);
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${server.address().port}\n`);
});
