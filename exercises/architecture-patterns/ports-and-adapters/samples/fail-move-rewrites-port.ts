// kind: red-flag
// fails: [database-move]
// redFlags: [database-move]
// about: The move to DynamoDB is thought to change the repository port and the rules "because DynamoDB has no joins"; the database reshaping the core's own port fails an otherwise sound answer.

export const answer = {
  core: ['pricing-rules', 'booking'],
  ports: ['book-shipment', 'booking-repository', 'carrier-quotes'],
  adapters: [
    { part: 'rest-controller', port: 'book-shipment', relation: 'calls' },
    { part: 'queue-listener', port: 'book-shipment', relation: 'calls' },
    { part: 'postgres-booking-store', port: 'booking-repository', relation: 'implements' },
    { part: 'in-memory-booking-store', port: 'booking-repository', relation: 'implements' },
    { part: 'carrier-http-client', port: 'carrier-quotes', relation: 'implements' },
  ],
  coreDependsOn: ['booking-repository', 'carrier-quotes'],
  changedByDatabaseMove: ['postgres-booking-store', 'booking-repository', 'pricing-rules'],
  addedByDatabaseMove: ['dynamodb-booking-store'],
  notes: 'DynamoDB has no joins, so the repository needs new query methods and the rules must load data differently.',
} as const;
