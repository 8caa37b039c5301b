// kind: valid-alternative
// about: Written in TypeScript, the situations in another order, with the two "something in the middle" matches kept in a constant.

const middlemen = [
  { situation: 'retail-events', pattern: 'pub-sub', because: 'publishers-unaware-of-subscribers' },
  { situation: 'insurer-integration', pattern: 'soa-esb', because: 'integrates-mixed-legacy-systems' },
] as const;

export const answer = {
  matches: [
    { situation: 'chat-platform', pattern: 'cell-based', because: 'failure-confined-to-a-slice' },
    ...middlemen,
    { situation: 'freight-pricing', pattern: 'hexagonal', because: 'rules-shielded-from-infrastructure' },
    { situation: 'game-patch', pattern: 'peer-to-peer', because: 'no-central-server' },
    { situation: 'equipment-booking', pattern: 'n-tier', because: 'layers-separate-concerns' },
    { situation: 'weather-api', pattern: 'stateless-services', because: 'any-instance-serves-any-request' },
  ],
} as const;
