// kind: valid-alternative
// about: Written in TypeScript; the flash sale served by client-side discovery on a registry with change notifications, and no notes.

const direct = { choice: 'client-side', reason: 'no-extra-hop' } as const;

export const answer = {
  javaFleet: direct,
  manyLanguages: { choice: 'server-side', reason: 'no-discovery-code-in-clients' },
  hostnameOnly: { choice: 'dns-based', reason: 'works-with-any-client' },
  flashSale: { choice: 'client-side', reason: 'sees-changes-at-once' }, // Consul watch pushes changes to callers
};
