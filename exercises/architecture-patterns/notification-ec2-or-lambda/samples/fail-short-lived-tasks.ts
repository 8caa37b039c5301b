// kind: wrong-reason
// fails: [compute-choice]
// about: Lambda because the tasks are short, which makes it possible rather than better; the one real reason is only given as support, and the deciding reason is the point of the question.

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
