// kind: valid-alternative
// about: Written in TypeScript, with the driving and driven adapters kept in two constants.

const drivingAdapters = [
  { part: 'rest-controller', port: 'book-shipment', relation: 'calls' },
  { part: 'queue-listener', port: 'book-shipment', relation: 'calls' },
] as const;

const drivenAdapters = [
  { part: 'postgres-booking-store', port: 'booking-repository', relation: 'implements' },
  { part: 'in-memory-booking-store', port: 'booking-repository', relation: 'implements' }, // tests only
  { part: 'carrier-http-client', port: 'carrier-quotes', relation: 'implements' },
] as const;

export const answer = {
  core: ['booking', 'pricing-rules'],
  ports: ['book-shipment', 'booking-repository', 'carrier-quotes'],
  adapters: [...drivingAdapters, ...drivenAdapters],
  coreDependsOn: ['carrier-quotes', 'booking-repository'],
  changedByDatabaseMove: ['postgres-booking-store'],
  addedByDatabaseMove: ['dynamodb-booking-store'],
} as const;
