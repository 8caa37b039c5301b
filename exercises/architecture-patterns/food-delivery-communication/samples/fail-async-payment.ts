// kind: mistake
// fails: [payment-sync]
// redFlags: [payment-sync]
// about: The charge goes through a queue, so the order is confirmed before anyone knows whether it was paid; everything else is right.

const rest = { style: 'sync', mechanism: 'http-rest' } as const;

export const answer = {
  services: [
    { name: 'user', capability: 'Customer profiles.', dataStores: ['users-db'] },
    { name: 'restaurant', capability: 'Menus and kitchens.', dataStores: ['menus-db'] },
    { name: 'order', capability: 'Orders and their status.', dataStores: ['orders-db'] },
    { name: 'payment', capability: 'Card charges and refunds.', dataStores: ['payments-db'] },
    { name: 'delivery', capability: 'Driver matching.', dataStores: ['drivers-db'] },
    { name: 'notification', capability: 'Push and email.' },
  ],
  dataStores: [
    { name: 'users-db', engine: 'postgresql' },
    { name: 'menus-db', engine: 'mongodb' },
    { name: 'orders-db', engine: 'postgresql' },
    { name: 'payments-db', engine: 'postgresql' },
    { name: 'drivers-db', engine: 'redis' },
  ],
  calls: [
    {
      from: 'order',
      to: 'payment',
      style: 'async',
      mechanism: 'message-queue',
      reason: 'caller-does-not-wait',
      purpose: 'charge the card in the background; a failed charge cancels the order later',
    },
    { from: 'order', to: 'user', ...rest, reason: 'caller-needs-immediate-answer', purpose: 'delivery address' },
  ],
  events: [
    {
      name: 'OrderPlaced',
      producer: 'order',
      consumers: ['restaurant', 'delivery', 'notification'],
      broker: 'rabbitmq',
      reason: 'many-independent-reactions',
    },
  ],
} as const;
