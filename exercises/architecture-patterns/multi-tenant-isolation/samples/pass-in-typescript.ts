// kind: valid-alternative
// about: Written in TypeScript with a shared constant; each cell runs four of the five layers (no queue), the scheduler is listed first, nothing but the router is shared, and a misbehaving first cell halts the rollout for a fix forward.

const perCell = ['load-balancer', 'app-servers', 'database', 'cache'] as const;

export const answer = {
  situations: [
    { situation: 'team-scheduler', choice: 'shared-logical-isolation', reason: 'overhead-not-justified' },
    { situation: 'hr-platform', choice: 'cell-based', reason: 'contain-blast-radius' }, // March must not repeat
  ],
  cells: {
    routeBy: 'tenant-id',
    routerHolds: ['tenant-cell-map'],
    eachCellRuns: [...perCell],
    sharedByAllCells: ['routing-layer'],
    rollout: ['one-cell-first', 'watch-the-cell', 'next-cells-in-waves'],
    ifTheCellMisbehaves: 'halt-and-fix-forward',
    crossTenantWork: 'aggregation-layer',
    outgrownTenant: 'dedicated-cell',
    outgrownTenantWhy: 'neighbours-stop-sharing-its-load',
  },
} as const;
