-- Named leases shared by the nodes over this file: work that must run once in the cluster (outbox, timers' senders,
-- mailbox readers) runs on the node holding its lease. A released lease keeps its row so its fence never goes back.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    fence INTEGER NOT NULL
);
