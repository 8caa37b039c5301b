// kind: wrong-reason
// fails: [strategy]
// redFlags: [strategy]
// about: Strangler fig chosen because it is supposedly the fastest way to finish, with a real safety reason only in support; the rest of the plan is right, but the deciding reason is the question, and speed is what an incremental migration gives up, so it fails on that alone.

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
