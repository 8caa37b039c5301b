// kind: valid-alternative
// about: Written in TypeScript; sessions in the database and the lock in Redis, with the pieces in another order, and a registry of which instance holds each socket with draining before scale-in.

const redis = 'shared-cache' as const;

export const answer = {
  state: [
    { state: 'live-connections', moveTo: 'instance-memory' }, // browsers reconnect when an instance goes
    { state: 'approval-locks', moveTo: redis, notes: 'SET NX with a 30-second expiry on the report id.' },
    { state: 'report-pages', moveTo: redis },
    { state: 'receipt-uploads', moveTo: 'object-store' },
    { state: 'login-sessions', moveTo: 'database' },
  ],
  liveConnections: { pushVia: 'connection-registry', whenInstanceGoes: 'drain-then-reconnect' },
  loadBalancing: { choice: 'any-instance', reason: 'nothing-kept-between-requests' },
} as const;
