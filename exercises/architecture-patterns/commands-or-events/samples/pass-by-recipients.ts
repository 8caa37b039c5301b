// kind: valid-alternative
// about: Written in TypeScript, every decision justified by who receives the message rather than who decides.

const addressed = { kind: 'command', because: 'one-named-recipient' } as const;
const broadcast = { kind: 'event', because: 'any-interested-subscriber' } as const;

export const answer = {
  classifications: [
    { message: 'charge-card', ...addressed },
    { message: 'render-invoice', ...addressed },
    { message: 'stock-adjusted', ...addressed, notes: 'Only inventory gets it, and it must act.' },
    { message: 'payment-completed', ...broadcast },
    { message: 'order-shipped', ...broadcast },
    { message: 'send-welcome-email', ...broadcast, notes: 'Three services read it; better named UserSignedUp.' },
  ],
} as const;
