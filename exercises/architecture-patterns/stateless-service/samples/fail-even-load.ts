// kind: wrong-reason
// fails: [load-balancing]
// passes: true
// about: Any instance, but "because it spreads load evenly" - a result, not what makes it safe; half the points for the load balancing.

export const answer = {
  state: [
    { state: 'login-sessions', moveTo: 'shared-cache' },
    { state: 'receipt-uploads', moveTo: 'object-store' },
    { state: 'report-pages', moveTo: 'shared-cache' },
    { state: 'approval-locks', moveTo: 'database' },
    { state: 'live-connections', moveTo: 'instance-memory' },
  ],
  loadBalancing: { choice: 'any-instance', reason: 'even-load' },
} as const;
