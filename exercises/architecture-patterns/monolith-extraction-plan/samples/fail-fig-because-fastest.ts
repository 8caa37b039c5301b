// Strangler fig, but chosen because the candidate thinks it finishes soonest.
const stable = ['catalog', 'accounts', 'reviews', 'admin-reports'] as const;

export const answer = {
  strategy: {
    choice: 'strangler-fig',
    reason: 'fastest-overall',
    supporting: ['reversible-switch'],
    notes: 'We get search out in weeks instead of waiting two years for a rewrite.',
  },
  plan: {
    routing: 'api-gateway',
    extract: [
      { module: 'search', reason: 'caused-outage' },
      { module: 'checkout', reason: 'needs-isolation' },
      { module: 'payment', reason: 'needs-isolation' },
    ],
    keep: [...stable],
  },
};
