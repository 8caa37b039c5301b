// Lambda for the right reasons, but the caveat is cold starts, which Lambda itself deals with.
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
