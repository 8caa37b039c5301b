// kind: red-flag
// fails: [sale-does-not-wait]
// redFlags: [sale-does-not-wait]
// about: Written in TypeScript - the right contexts, owners and stores, but checkout calls fulfillment's API and waits for it, though it needs no answer, so a warehouse outage stops sales; a synchronous call nobody needs to wait for fails the answer.

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
  handOff: { style: 'api-call' }, // checkout POSTs /shipments and confirms once the warehouse replies
};
