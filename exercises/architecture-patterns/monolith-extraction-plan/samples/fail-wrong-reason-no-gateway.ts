// Strangler fig chosen because it is "fastest overall", and no routing layer to send migrated traffic anywhere.
export const answer = {
  strategy: { choice: 'strangler-fig', reason: 'fastest-overall' },
  plan: {
    routing: 'none',
    extract: [{ module: 'search' }, { module: 'checkout' }, { module: 'payment' }],
    keep: ['catalog', 'accounts', 'reviews', 'admin-reports'],
  },
};
