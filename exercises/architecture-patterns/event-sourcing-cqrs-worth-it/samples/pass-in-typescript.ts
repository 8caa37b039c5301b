// kind: valid-alternative
// about: Written in TypeScript with a constant for the plain case, and notes in other words.

const plainEvents = { adopt: 'neither', because: 'no-special-need' } as const;

export const answer = {
  systems: [
    { system: 'profile-settings', ...plainEvents, notes: 'A row per user and an event per change is plenty.' },
    { system: 'insurance-claims', adopt: 'both', because: 'audit-trail-required' },
    { system: 'product-catalog', adopt: 'cqrs', because: 'reads-differ-from-writes' },
    { system: 'wallet-ledger', adopt: 'event-sourcing', because: 'audit-trail-required' },
  ],
} as const;
