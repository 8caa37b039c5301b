// Lambda for the bursts; if the load ever flattened out near its peak, a plain auto-scaling group would win on cost.
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
