// kind: valid-alternative
// about: Written in TypeScript with a shared constant for the subscription; EventBridge as the broker, each consumer a rule on the bus.

const subscribed = { via: 'event' } as const;

export const answer = {
  publish: { event: 'OrderPlaced', broker: 'eventbridge', reason: 'many-independent-reactions' },
  reactions: [
    { consumer: 'warehouse', ...subscribed, does: 'Creates a pick list.' },
    { consumer: 'analytics', ...subscribed },
    { consumer: 'search-indexer', ...subscribed },
    { consumer: 'notification', ...subscribed, does: 'Sends the receipt.' },
  ],
  newConsumer: { changes: ['loyalty-subscribes'], notes: 'A new rule on the bus targeting the loyalty queue.' },
  consumerDown: {
    outcome: 'events-wait-in-broker',
    whenBack: 'resumes-from-last-position',
    notes: 'The rule targets an SQS queue that buffers while analytics is down; it drains the queue when back.',
  },
} as const;
