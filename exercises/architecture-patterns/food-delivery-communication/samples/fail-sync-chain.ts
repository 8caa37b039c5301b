// kind: red-flag
// fails: [waits-only-where-needed]
// redFlags: [waits-only-where-needed]
// about: The synchronous check on the restaurant calls the delivery service synchronously in turn, so the customer waits for a driver through a chain.

const overGrpc = { style: 'sync', mechanism: 'grpc', reason: 'caller-needs-immediate-answer' } as const;

export const answer = {
  services: [
    { name: 'user', capability: 'Customers and addresses.', dataStores: ['user-db'] },
    { name: 'restaurant', capability: 'Menus, opening hours, kitchen load.', dataStores: ['restaurant-db'] },
    { name: 'order', capability: 'Checkout and order state.', dataStores: ['order-db'] },
    { name: 'payment', capability: 'Card payments.', dataStores: ['payment-db'] },
    { name: 'delivery', capability: 'Drivers: location, availability, dispatch.', dataStores: ['driver-geo'] },
    { name: 'notification', capability: 'Messages to customers.', dataStores: ['message-log'] },
  ],
  dataStores: [
    { name: 'user-db', engine: 'postgresql' },
    { name: 'restaurant-db', engine: 'mongodb' },
    { name: 'order-db', engine: 'postgresql' },
    { name: 'payment-db', engine: 'postgresql' },
    { name: 'driver-geo', engine: 'redis' },
    { name: 'message-log', engine: 'dynamodb' },
  ],
  calls: [
    {
      from: 'order',
      to: 'restaurant',
      ...overGrpc,
      purpose: 'can the restaurant take this order now?',
    },
    {
      from: 'restaurant',
      to: 'delivery',
      ...overGrpc,
      purpose: 'is a driver within ten minutes of the restaurant?',
    },
    {
      from: 'order',
      to: 'payment',
      ...overGrpc,
      purpose: 'charge the card',
    },
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
