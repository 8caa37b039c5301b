// kind: wrong-reason
// fails: [reasons-fit-patterns]
// redFlags: [reasons-fit-patterns]
// about: Every pattern right, but peer-to-peer justified by what stateless services do; the reasons are the point of the question and this one is another pattern's, so the answer fails whatever its score.

export const answer = {
  matches: [
    { situation: 'insurer-integration', pattern: 'soa-esb', because: 'integrates-mixed-legacy-systems' },
    { situation: 'weather-api', pattern: 'stateless-services', because: 'any-instance-serves-any-request' },
    // players come and go, and any of them can hand out any piece
    { situation: 'game-patch', pattern: 'peer-to-peer', because: 'any-instance-serves-any-request' },
    { situation: 'retail-events', pattern: 'pub-sub', because: 'publishers-unaware-of-subscribers' },
    { situation: 'equipment-booking', pattern: 'n-tier', because: 'layers-separate-concerns' },
    { situation: 'freight-pricing', pattern: 'hexagonal', because: 'rules-shielded-from-infrastructure' },
    { situation: 'chat-platform', pattern: 'cell-based', because: 'failure-confined-to-a-slice' },
  ],
};
