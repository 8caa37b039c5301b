// kind: valid-alternative
// about: Written in TypeScript with the retry steps in a constant; the same design as the model in other words.

const backoff = ['retry-after-a-pause', 'lengthen-the-pause'] as const;

export const answer = {
  onProcessingFailure: [...backoff, 'move-to-dead-letter-queue', 'inspect-and-replay'],
  outcomes: [
    { failure: 'card-declined', endsUp: 'compensated-by-saga', notes: 'PaymentFailed starts the undo.' },
    { failure: 'stock-db-timeout', endsUp: 'retries-succeed' },
    { failure: 'unknown-sku', endsUp: 'parked-in-dead-letter-queue' },
  ],
  compensations: ['release-reserved-stock', 'tell-the-customer'],
  signals: ['consumer-lag', 'dead-letter-queue-depth', 'processing-error-rate'],
} as const;
