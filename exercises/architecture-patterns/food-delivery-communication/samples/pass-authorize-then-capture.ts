// kind: valid-alternative
// about: The card is authorised synchronously and captured through a queue once the food is delivered - two calls to payment told apart by `action` - and the payment service announces PaymentCompleted.

const viaKafka = { broker: 'kafka', reason: 'many-independent-reactions' } as const;

export const answer = {
  services: [
    { name: 'user', capability: 'Customer accounts, addresses, sign-in.', dataStores: ['customers'] },
    { name: 'restaurant', capability: 'Menus and the kitchen queue of each restaurant.', dataStores: ['catalogue'] },
    { name: 'order', capability: 'Order lifecycle from checkout to delivery.', dataStores: ['order-store'] },
    { name: 'payment', capability: 'Card authorisations, captures, refunds.', dataStores: ['payment-ledger'] },
    { name: 'delivery', capability: 'Finds drivers and tracks them to the door.', dataStores: ['fleet-positions'] },
    { name: 'notification', capability: 'Push and SMS to customers.', dataStores: ['message-history'] },
  ],
  dataStores: [
    { name: 'customers', engine: 'postgresql' },
    { name: 'catalogue', engine: 'mongodb' },
    { name: 'order-store', engine: 'postgresql' },
    { name: 'payment-ledger', engine: 'postgresql', why: 'Append-only ledger of every authorisation and capture.' },
    { name: 'fleet-positions', engine: 'redis', why: 'GEOSEARCH for drivers near the restaurant.' },
    { name: 'message-history', engine: 'cassandra' },
  ],
  calls: [
    {
      from: 'order',
      to: 'payment',
      action: 'authorize',
      style: 'sync',
      mechanism: 'grpc',
      reason: 'caller-needs-immediate-answer',
      purpose: 'hold the amount on the card; a decline is shown at checkout',
    },
    {
      from: 'order',
      to: 'payment',
      action: 'capture',
      style: 'async',
      mechanism: 'message-queue',
      reason: 'caller-does-not-wait',
      purpose: 'take the final amount once OrderDelivered arrives',
    },
  ],
  events: [
    { name: 'OrderPlaced', producer: 'order', consumers: ['restaurant', 'delivery', 'notification'], ...viaKafka },
    { name: 'OrderDelivered', producer: 'delivery', consumers: ['order', 'notification'], ...viaKafka },
    {
      name: 'PaymentCompleted',
      producer: 'payment',
      consumers: ['order', 'notification'],
      broker: 'kafka',
      reason: 'caller-does-not-wait',
    },
  ],
} as const;
