/**
 * The rubric kinds an author can write: registering a kind is its one line here. Each line re-exports the kind its
 * folder's index.ts defines (see define-kind.ts); the registry reads this module whole, so grading, the rubric's
 * self-check, the catalogue and the criterion type know the kind with nothing else to edit but its schema's line in
 * graders/authoring-schema/criterion.ts, which does not compile until it is there.
 */
export { checkKind } from './check';
export { choiceKind } from './choice';
export { orderKind } from './order';
export { schemaKind } from './schema';
export { setKind } from './set';
