// kind: valid-alternative
// about: Written in TypeScript - reserved VMs for both steady workloads, only a smaller package as the extra measure, and the ping pattern kept as a harmless extra.

const fleet = { runOn: 'vms', reason: 'busy-around-the-clock' } as const;

export const answer = {
  quoteApi: { fix: 'provisioned-concurrency', alsoShorten: ['smaller-package', 'ping-warmer'] },
  nightlyReport: { fix: 'none-needed' },
  steadyIngest: fleet, // reserved instances: the load will not go away
  marketFeed: { runOn: 'vms', reason: 'outlives-15-minute-limit' },
};
