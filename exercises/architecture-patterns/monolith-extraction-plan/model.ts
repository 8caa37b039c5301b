// The model answer in TypeScript: the same plan as model.json.
const stableModules = ['catalog', 'accounts', 'reviews', 'admin-reports'] as const;

export default {
  strategy: {
    choice: 'strangler-fig',
    reason: 'incremental-low-risk',
    supporting: ['reversible-switch'],
    notes:
      'Routes that have moved go to their new service through the gateway; all other traffic still reaches the monolith.',
  },
  plan: {
    routing: 'api-gateway',
    extract: [
      { module: 'search', reason: 'caused-outage' }, // first: clearest boundary, and it caused the outage
      { module: 'checkout', reason: 'needs-isolation' },
      { module: 'payment', reason: 'needs-isolation' },
    ],
    keep: [...stableModules],
  },
} as const satisfies Answer;
