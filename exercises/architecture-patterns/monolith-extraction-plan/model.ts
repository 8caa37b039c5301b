// The model answer in TypeScript: the same plan as model.json.
const stableModules = ['catalog', 'accounts', 'reviews', 'admin-reports'] as const;

export default {
  strategy: {
    choice: 'strangler-fig',
    reason: 'incremental-low-risk',
    supporting: ['reversible-switch'],
    notes: 'The gateway sends each migrated route to its new service and everything else to the monolith.',
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
} as const;
