// kind: red-flag
// fails: [strategy]
// redFlags: [strategy]
// about: The right modules in the right order, all cut over in one release.

export const answer = {
  strategy: {
    choice: 'big-bang-split',
    reason: 'fastest-overall',
    supporting: ['reversible-switch'],
    notes:
      'One coordinated cut-over weekend: the three services go live together, and the gateway can still route back.',
  },
  plan: {
    routing: 'api-gateway',
    extract: [
      { module: 'search', reason: 'caused-outage' },
      { module: 'checkout', reason: 'needs-isolation' },
      { module: 'payment', reason: 'needs-isolation' },
    ],
    keep: ['catalog', 'accounts', 'reviews', 'admin-reports'],
  },
};
