// kind: valid-alternative
// about: Written in TypeScript with a shared constant; the start-up's monolith justified by the size of the team rather than the unclear domain, with no notes.

const services = { choice: 'microservices', reason: 'teams-deploy-independently' } as const;

export const answer = {
  startup: { choice: 'monolith', reason: 'small-team-whole-system' }, // four people, one codebase
  oneDeployTeam: { choice: 'modular-monolith', reason: 'clear-modules-one-deploy' },
  manyTeams: { ...services },
};
