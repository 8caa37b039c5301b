// kind: valid-alternative
// about: Written in TypeScript with a shared constant and no notes.

const byClock = { pattern: 'scheduled-processing', reason: 'runs-on-schedule' } as const;

export const answer = {
  photoUpload: { pattern: 'event-driven-pipeline', reason: 'one-step-per-function' },
  hourlyRollup: byClock,
  bulkExport: { pattern: 'fan-out-fan-in', reason: 'parallel-then-combine' }, // Step Functions Map state
  adminApi: { pattern: 'fat-function', reason: 'one-warm-instance-for-all' },
};
