// kind: valid-alternative
// about: Written in TypeScript - a dedicated composition service, calls listed in another order, a cached rating for reviews and no recommendations section when they fail.

const critical = { timeoutMs: 200, onFailure: 'fail-page' } as const;

export const answer = {
  composer: { placement: 'composition-service', fanOut: 'parallel' },
  calls: [
    { service: 'recommendations', timeoutMs: 120, onFailure: 'omit-section' },
    { service: 'pricing', ...critical },
    { service: 'reviews', timeoutMs: 150, onFailure: 'show-fallback-content' }, // last known average rating
    { service: 'catalog', ...critical },
  ],
};
