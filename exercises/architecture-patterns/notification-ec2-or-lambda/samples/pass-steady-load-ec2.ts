// kind: valid-alternative
// about: Written in TypeScript with a shared constant; a load that turns steady and busy moves to an EC2 auto-scaling group.

const whyFunctions = ['no-idle-cost', 'fast-scale-out', 'short-lived-tasks'] as const;

export const answer = {
  decision: {
    choice: 'lambda',
    reason: 'traffic-varies-widely', // 50/min at night, 5,000/min in the evening
    supporting: [...whyFunctions],
  },
  caveat: {
    condition: 'steady-high-load',
    switchTo: 'ec2-auto-scaling',
    notes:
      'Say we onboard a big client and sit near 5,000/min all day: reserved or savings-plan instances undercut per-invocation pricing.',
  },
} as const;
