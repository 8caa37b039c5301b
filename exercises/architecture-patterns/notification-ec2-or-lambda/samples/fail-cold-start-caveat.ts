// kind: wrong-reason
// fails: [caveat]
// about: The right fallback for the wrong condition - cold starts, which provisioned concurrency handles on Lambda itself.

const reasons = ['no-idle-cost', 'fast-scale-out'] as const;

export const answer = {
  decision: { choice: 'lambda', reason: 'traffic-varies-widely', supporting: [...reasons] },
  caveat: {
    condition: 'cold-start-latency',
    switchTo: 'containers-ecs-fargate',
    notes:
      'If the first notification after a quiet night took two seconds to go out, I would move to always-on Fargate tasks.',
  },
} as const;
