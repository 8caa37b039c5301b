// The model answer in TypeScript: the same decision as model.json, checked against the editor's `Answer` type.
const decision = {
  choice: 'lambda',
  reason: 'traffic-varies-widely',
  supporting: ['no-idle-cost', 'fast-scale-out', 'short-lived-tasks'],
  notes: 'Each event (look up the recipient, format, call the provider) takes seconds; quiet hours cost nothing.',
} as const;

export const answer = {
  decision,
  caveat: {
    condition: 'persistent-connections',
    switchTo: 'containers-ecs-fargate',
    notes: 'A long-lived WebSocket to a push provider cannot outlive a function invocation.',
  },
} satisfies Answer;
