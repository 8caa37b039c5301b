// kind: wrong-reason
// fails: [load-balancing-reason]
// about: Any instance, but "because it spreads load evenly" - a result, not what makes it safe; the reason is the point, so the answer does not pass.

export const answer = {
  state: [
    { state: 'login-sessions', moveTo: 'shared-cache' },
    { state: 'receipt-uploads', moveTo: 'object-store' },
    { state: 'report-pages', moveTo: 'shared-cache' },
    { state: 'approval-locks', moveTo: 'database' },
    { state: 'live-connections', moveTo: 'instance-memory' },
  ],
  liveConnections: { pushVia: 'shared-pub-sub', whenInstanceGoes: 'client-reconnects' },
  loadBalancing: { choice: 'any-instance', reason: 'even-load' },
} as const;
