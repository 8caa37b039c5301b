// kind: wrong-reason
// fails: [compute-choice, supporting-reasons]
// about: Lambda because the tasks are short, which makes it possible rather than better, backed by one real reason only; the answer falls below the pass mark.

export const answer = {
  decision: {
    choice: 'lambda',
    reason: 'short-lived-tasks',
    supporting: ['no-servers-to-manage', 'traffic-varies-widely'],
    notes: 'Every event finishes in a couple of seconds, so it fits easily in a Lambda invocation.',
  },
  caveat: {
    condition: 'persistent-connections',
    switchTo: 'containers-ecs-fargate',
    notes: 'A websocket to the push provider would need a process that stays up.',
  },
} as const;
