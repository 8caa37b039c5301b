// kind: wrong-reason
// fails: [platform-choice]
// passes: true
// about: Cells for the HR platform because capacity grows by adding cells - true, but not what isolation is about; half the points for the choice, and the rest carries the answer.

export const answer = {
  situations: [
    {
      situation: 'hr-platform',
      choice: 'cell-based',
      reason: 'easy-to-add-capacity',
      notes: 'When a cell fills up we open a new one and place new tenants there.',
    },
    { situation: 'team-scheduler', choice: 'shared-logical-isolation', reason: 'overhead-not-justified' },
  ],
  cells: {
    routeBy: 'tenant-id',
    routerHolds: ['tenant-cell-map'],
    eachCellRuns: ['load-balancer', 'app-servers', 'database', 'cache', 'queue'],
    sharedByAllCells: ['routing-layer', 'aggregation-layer'],
    rollout: ['one-cell-first', 'watch-the-cell', 'next-cells-in-waves'],
    crossTenantWork: 'aggregation-layer',
    outgrownTenant: 'dedicated-cell',
    outgrownTenantWhy: 'neighbours-stop-sharing-its-load',
  },
} as const;
