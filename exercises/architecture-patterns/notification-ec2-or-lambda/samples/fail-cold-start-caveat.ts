// Lambda for the right reasons, but the caveat names cold starts, which provisioned concurrency handles on Lambda.
const reasons = ['no-idle-cost', 'fast-scale-out'] as const;

export const answer = {
  decision: { choice: 'lambda', reason: 'traffic-varies-widely', supporting: [...reasons] },
  caveat: { condition: 'cold-start-latency', switchTo: 'containers-ecs-fargate' },
} as const;
