// kind: valid-alternative
// about: Written in TypeScript - fulfillment called through its API instead of an event, contexts and data listed in another order, store names of its own.

const warehouse = { name: 'fulfillment', orderMeans: 'pick-list', dataStores: ['warehouse'] } as const;

export const answer = {
  services: [
    { name: 'delivery', orderMeans: 'delivery-stop', dataStores: ['rounds'] },
    { name: 'ordering', orderMeans: 'customer-purchase', dataStores: ['purchases'] },
    warehouse,
  ],
  dataStores: [{ name: 'rounds' }, { name: 'purchases' }, { name: 'warehouse' }],
  data: [
    { item: 'route', owner: 'delivery' },
    { item: 'proof-of-delivery', owner: 'delivery' },
    { item: 'shelf-locations', owner: 'fulfillment' },
    { item: 'pick-status', owner: 'fulfillment' },
    { item: 'payment-status', owner: 'ordering' },
    { item: 'line-items-and-prices', owner: 'ordering' },
  ],
  handOff: { style: 'api-call' }, // POST /shipments once the payment has gone through
};
