// kind: wrong-reason
// fails: [async-call-reasons]
// redFlags: [async-call-reasons]
// about: The delivery service texts the customer through an asynchronous command "because it is faster".

export const answer = {
  services: [
    { name: 'user', capability: 'Sign-in and profiles.', dataStores: ['users'] },
    { name: 'restaurant', capability: 'Menus and kitchens.', dataStores: ['restaurants'] },
    { name: 'order', capability: 'Orders.', dataStores: ['orders'] },
    { name: 'payment', capability: 'Card charges.', dataStores: ['payments'] },
    { name: 'delivery', capability: 'Drivers and ETAs.', dataStores: ['drivers'] },
    { name: 'notification', capability: 'SMS and push.', dataStores: ['messages'] },
  ],
  dataStores: [
    { name: 'users', engine: 'postgresql' },
    { name: 'restaurants', engine: 'mongodb' },
    { name: 'orders', engine: 'postgresql' },
    { name: 'payments', engine: 'postgresql' },
    { name: 'drivers', engine: 'redis' },
    { name: 'messages', engine: 'dynamodb' },
  ],
  calls: [
    {
      from: 'order',
      to: 'payment',
      style: 'sync',
      mechanism: 'http-rest',
      reason: 'caller-needs-immediate-answer',
      purpose: 'charge the card',
    },
    {
      from: 'delivery',
      to: 'notification',
      style: 'async',
      mechanism: 'message-queue',
      reason: 'lowest-latency',
      purpose: "text the customer the driver's name and ETA",
    },
  ],
  events: [
    {
      name: 'OrderPlaced',
      producer: 'order',
      consumers: ['restaurant', 'delivery', 'notification'],
      broker: 'redis-streams',
      reason: 'many-independent-reactions',
    },
  ],
} as const;
