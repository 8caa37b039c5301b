// kind: valid-alternative
// about: Branch by abstraction with the switch in code and no router in front, which is right for that strategy; written in TypeScript with a spread constant.

const revenueSteps = [
  { module: 'checkout', reason: 'needs-isolation' },
  { module: 'payment', reason: 'needs-isolation' },
] as const;

export const answer = {
  strategy: {
    choice: 'branch-by-abstraction',
    reason: 'reversible-switch',
    supporting: ['incremental-low-risk'],
    notes:
      'A SearchProvider interface goes in first; a feature flag flips it to the new service and back without a deploy.',
  },
  plan: {
    routing: 'none', // the interface inside the monolith is the switch
    extract: [{ module: 'search', reason: 'clearest-boundary' }, ...revenueSteps],
    keep: ['catalog', 'accounts', 'reviews', 'admin-reports'],
  },
};
