// kind: gaming
// fails: [one-payment-wait, sync-call-reasons]
// redFlags: [one-payment-wait, sync-call-reasons]
// about: The payment call is listed three times, once per plausible reason, hoping one of them is accepted; every synchronous call's reason is read, so the hedge (one of them "because it is faster") fails the answer, and three synchronous calls to payment say the order service waits for it three times.

const charge = { from: 'order', to: 'payment', style: 'sync', mechanism: 'http-rest' } as const;

export const answer = {
  services: [
    { name: 'user', capability: 'Profiles.', dataStores: ['users-db'] },
    { name: 'restaurant', capability: 'Menus and kitchens.', dataStores: ['menus-db'] },
    { name: 'order', capability: 'Orders.', dataStores: ['orders-db'] },
    { name: 'payment', capability: 'Charges.', dataStores: ['payments-db'] },
    { name: 'delivery', capability: 'Drivers.', dataStores: ['drivers-db'] },
    { name: 'notification', capability: 'Messages.', dataStores: ['messages-db'] },
  ],
  dataStores: [
    { name: 'users-db', engine: 'postgresql' },
    { name: 'menus-db', engine: 'mongodb' },
    { name: 'orders-db', engine: 'postgresql' },
    { name: 'payments-db', engine: 'postgresql' },
    { name: 'drivers-db', engine: 'redis' },
    { name: 'messages-db', engine: 'dynamodb' },
  ],
  calls: [
    { ...charge, reason: 'caller-needs-immediate-answer' },
    { ...charge, reason: 'strong-consistency-required' },
    { ...charge, reason: 'lowest-latency' },
  ],
  events: [
    {
      name: 'OrderPlaced',
      producer: 'order',
      consumers: ['restaurant', 'delivery', 'notification'],
      broker: 'kafka',
      reason: 'many-independent-reactions',
    },
  ],
} as const;
