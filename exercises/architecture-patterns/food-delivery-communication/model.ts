// The model answer in TypeScript: the same design as model.json, written the way a candidate might.
type Style = 'sync' | 'async';

const services = [
  { name: 'user', capability: 'Profiles and sign-in.', dataStores: ['users-db'] },
  { name: 'restaurant', capability: 'Menus, hours and kitchen preparation.', dataStores: ['menus-db'] },
  { name: 'order', capability: "The order's life cycle and status.", dataStores: ['orders-db'] },
  { name: 'payment', capability: 'Charges and refunds.', dataStores: ['payments-db'] },
  { name: 'delivery', capability: 'Driver matching, tracking and routing.', dataStores: ['driver-locations'] },
  {
    name: 'notification',
    capability: 'Push, email and SMS to customers and drivers.',
    dataStores: ['notification-log'],
  },
] as const;

const dataStores = [
  { name: 'users-db', engine: 'postgresql' },
  { name: 'menus-db', engine: 'mongodb', why: 'Menus differ in shape from one restaurant to the next.' },
  { name: 'orders-db', engine: 'postgresql', why: 'Orders need transactions and a strict status history.' },
  { name: 'payments-db', engine: 'postgresql' },
  {
    name: 'driver-locations',
    engine: 'redis',
    why: 'Geospatial lookups of drivers near a restaurant, updated every few seconds.',
  },
  { name: 'notification-log', engine: 'dynamodb' },
] as const;

const viaKafka = { broker: 'kafka' } as const;

export const answer = {
  services,
  dataStores,
  calls: [
    {
      from: 'order',
      to: 'payment',
      style: 'sync' satisfies Style,
      mechanism: 'http-rest',
      reason: 'caller-needs-immediate-answer',
      purpose: `charge the card before confirming the order`,
    },
  ],
  events: [
    {
      name: 'OrderPlaced',
      producer: 'order',
      consumers: ['restaurant', 'delivery', 'notification'],
      ...viaKafka,
      reason: 'many-independent-reactions',
    },
    {
      name: 'DriverAssigned',
      producer: 'delivery',
      consumers: ['order', 'notification'],
      ...viaKafka,
      reason: 'caller-does-not-wait',
    },
  ],
} satisfies Answer;
