/**
 * What check:content prints for each broken exercise of test/fixtures/broken-exercises/, paths from the case's
 * folder. Shared by the fixture test, which proves it, and the authoring guide's test, which quotes it.
 */

/** case → the exact lines check:content prints for it (paths from the case's folder). */
export const EXPECTED: Record<string, string[]> = {
  'criterion-schema-strict': [
    'index.mdx:38:5: rubric[1].schema: ajv cannot compile it: strict mode: required property "notes" is not defined at "#" (strictRequired)',
  ],
  'curveball-after-the-end': [
    'index.mdx:9:15: mock.curveball.reveal.afterMinutes: the curveball comes after 8 minutes, but the mock lasts 8: reveal it before the end',
  ],
  'curveball-unknown-criterion': [
    'index.mdx:11:16: mock.curveball.criteria[0]: no criterion "notes-givn" in the rubric: a curveball\'s criteria are ids of rubric criteria',
  ],
  'curveball-without-block': [
    'index.mdx:49:1: 0 <Curveball> blocks: `mock.curveball` needs exactly one, the change revealed during the mock',
  ],
  'curveball-without-declaration': [
    'index.mdx:43:1: a <Curveball> block without `mock.curveball` in the frontmatter: declare when it is revealed and its criteria',
  ],
  'derived-field-written': ['index.mdx:2:1: id: "id" is no longer written: the id is the folder name; remove it'],
  'diagram-annotation-invalid': [
    'answer.schema.json:11:9: x-diagram/draw: must be equal to one of the allowed values ("nodes", "edges")',
  ],
  'diagram-annotation-typo': [
    'answer.schema.json:15:9: x-diagram/label: "reasn" is not a field of the entries here (they have choice, reason, notes)',
  ],
  'duplicate-criterion-id': ['index.mdx:33:5: rubric[1].id: criterion id "the-choice" is used twice'],
  'frontmatter-out-of-range': ['index.mdx:7:1: passMark: Too big: expected number to be <=100'],
  'frontmatter-yaml-syntax': ["index.mdx:2:26: frontmatter: Missing closing 'quote"],
  'model-below-full-marks': [
    'model.json:3:15: the model answer scores 0/4 on "the-choice" (fail); the model must earn full marks: Say what the right choice is and why, in one or two sentences. You chose "option-b". Say why option B does not fit the situation in the prompt.',
  ],
  'old-word-accepted': ['index.mdx:23:7: rubric[0].reason.accepted: `accepted` is now `right`'],
  'old-word-correct': ['index.mdx:17:7: rubric[0].decision.correct: `correct` is now `right`'],
  'old-word-forbidden': ['index.mdx:49:5: rubric[2].forbidden: `forbidden` is now `wrong`'],
  'old-word-must-appear': ['index.mdx:49:5: rubric[2].mustAppear: `mustAppear` is now `right`'],
  'old-word-must-not-appear': ['index.mdx:49:5: rubric[2].mustNotAppear: `mustNotAppear` is now `wrong`'],
  'old-word-red-flags': [
    "index.mdx:21:7: rubric[0].decision.redFlags: `redFlags` is now a `redFlag` on the value's `wrong` entry: `- value: …` with `redFlag: …` under it",
  ],
  'old-word-required': ['index.mdx:49:5: rubric[2].required: `required` is now `right`'],
  'old-word-when-correct': ['index.mdx:18:59: rubric[0].decision.when[0].correct: `correct` is now `right`'],
  'old-word-where-empty': ['index.mdx:15:5: rubric[0].where: `where: {}` is now `where: all`'],
  'old-word-wrong-map': [
    'index.mdx:18:7: rubric[0].decision.wrong: `wrong` is now a list of entries: write each value as `- value: …` with its `why:` (and `redFlag:`) under it',
  ],
  'rubric-key-typo': ['index.mdx:17:7: rubric[0].decision.rigt: unknown field "rigt"; did you mean "right"?'],
  'rubric-pointer-typo': ['index.mdx:14:5: rubric[0].at: the answer schema has nothing at `/decison`'],
  'rubric-unclassified-value': [
    'index.mdx:21:5: rubric[0].reason: "reason-beside-the-point" can be written at `decision.reason` but the criterion does not say whether it is right, wrong or neutral',
  ],
  'rubric-value-typo': [
    'index.mdx:17:15: rubric[0].decision: "option-c" is not a value `decision.choice` can hold (option-a, option-b); did you mean "option-a"?',
  ],
  'sample-unknown-criterion': [
    'samples/fail-wrong-choice.json:2:4: fails: no criterion has the id "the-choise"; did you mean "the-choice"?',
  ],
  'sample-verdict-differs': [
    'samples/fail-wrong-reason.json:2:4: fails: the header says the sample fails [the-choice], but it fails [notes-given, the-choice] ("notes-given" fail 0/1)',
  ],
  'sample-without-header': [
    'samples/fail-wrong-choice.json:1:1: no header: start the sample with `//` lines saying what it expects, e.g. `// kind: mistake` and `// fails: [criterion-id]`',
  ],
  'schema-invalid': [
    'answer.schema.json:18:62: /properties/decision/properties/notes/type: must be equal to one of the allowed values ("array", "boolean", "integer", "null", "number", "object", "string"), as JSON Schema 2020-12 says',
  ],
  'schema-unresolved-ref': [
    "answer.schema.json:13:29: ajv cannot compile the schema: can't resolve reference #/$defs/choice from id #",
  ],
  'starter-passes': ['starter.json:1:1: the starter passes: it must leave the work to do'],
  'unknown-component': [
    'index.mdx:56:1: <Hnt> is not a component exercises can use; did you mean <Hint>? (they are <Hint>, <Explanation>, <Curveball>, with no import)',
  ],
  'red-flag-unknown-takeaway': [
    'index.mdx:28:11: rubric[0].reason.wrong[0].takeaway: "other-patterns.match-the-problm" is not a takeaway of any lesson; did you mean "other-patterns.match-the-problem"?',
  ],
  'takeaway-without-red-flag': [
    'index.mdx:27:11: rubric[0].reason.wrong[0].takeaway: `takeaway` says which takeaway a red flag misses: give the entry a `redFlag` too',
  ],
  'unknown-takeaway': [
    'index.mdx:12:5: rubric[0].takeaway: "event-driven.events-decoupled" is not a takeaway of any lesson; did you mean "event-driven.events-decouple"?',
  ],
};
