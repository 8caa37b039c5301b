// kind: wrong-reason
// fails: [platform-choice]
// about: Cells for the HR platform because capacity grows by adding cells - true, but not what isolation is about; the choice is the point of the question, so the wrong reason keeps the answer from passing.

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
    ifTheCellMisbehaves: 'roll-back-that-cell',
    crossTenantWork: 'aggregation-layer',
    outgrownTenant: 'dedicated-cell',
    outgrownTenantWhy: 'neighbours-stop-sharing-its-load',
  },
} as const;
