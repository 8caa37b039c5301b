// A wrong answer: the payment goes through a queue, so the order is confirmed before anyone knows if it was paid.
export const answer = {
  services: [
    { name: 'user', dataStores: ['users-db'] },
    { name: 'restaurant', dataStores: ['menus-db'] },
    { name: 'order', dataStores: ['orders-db'] },
    { name: 'payment', dataStores: ['payments-db'] },
    { name: 'delivery', dataStores: ['drivers-db'] },
    { name: 'notification' },
  ],
  dataStores: [
    { name: 'users-db', engine: 'postgresql' },
    { name: 'menus-db', engine: 'mongodb' },
    { name: 'orders-db', engine: 'postgresql' },
    { name: 'payments-db', engine: 'postgresql' },
    { name: 'drivers-db', engine: 'redis' },
  ],
  calls: [{ from: 'order', to: 'payment', style: 'async', mechanism: 'message-queue', reason: 'caller-does-not-wait' }],
  events: [
    {
      name: 'OrderPlaced',
      producer: 'order',
      consumers: ['restaurant', 'delivery', 'notification'],
      broker: 'rabbitmq',
    },
  ],
} as const;
