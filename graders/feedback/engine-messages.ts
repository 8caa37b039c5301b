/**
 * The engine's own messages, worded here: reading an answer, the answer schema, what every rubric criterion says. Each
 * rubric kind's messages are worded in its folder (graders/rubric/kinds/<kind>/), each custom check's in its own file
 * (graders/custom-checks/), and joined with these in catalogue.ts.
 *
 * Severities follow Exercism's analyzers: `essential` must be fixed, `actionable` is worth fixing, `informative`
 * explains, `celebratory` confirms something done well. A text's `{name}` placeholders, with what an entry `carries`,
 * are the parameters the message takes (message-params.ts), so the wording here also types every place that says it.
 */
import type { Wording } from './catalogue-entry';

/** The engine's messages by id. */
export const engineMessages = {
  // Reading an answer, any format.
  'answer.not-text': { severity: 'essential', text: 'The answer must be text.' },
  'answer.unknown-format': {
    severity: 'essential',
    text: 'Answers are read as JSON or TypeScript, not as "{format}".',
  },
  'answer.duplicate-key': {
    severity: 'actionable',
    text: '"{key}" appears twice in this object; only the last one counts.',
  },
  'limit.too-large': {
    severity: 'essential',
    text: 'The answer is about {size} KB; answers are read up to {limit} KB. Keep only the design.',
  },
  'limit.too-deep': {
    severity: 'essential',
    text: 'The answer nests deeper than {limit} levels; no answer here needs that.',
  },
  'limit.too-many-values': {
    severity: 'essential',
    text: 'The answer holds more than {limit} values (counting what references and spreads copy); no design needs that many.',
  },
  'limit.too-many-items': {
    severity: 'essential',
    text: 'This list has more than {limit} items; no design here needs that many.',
  },
  'limit.too-many-fields': {
    severity: 'essential',
    text: 'This object has more than {limit} fields; no design here needs that many.',
  },
  'limit.key-too-long': {
    severity: 'essential',
    text: 'This property name is {length} characters long; names are read up to {limit}.',
  },
  'limit.path-too-long': {
    severity: 'essential',
    text: 'The names leading to this value are {length} characters long in all; paths are read up to {limit}.',
  },
  'limit.string-too-long': {
    severity: 'essential',
    text: 'This text is {length} characters long; texts are read up to {limit}. Keep the answer to the design.',
  },
  'limit.more-diagnostics': {
    severity: 'informative',
    text: '{count} more problems are not listed here; fix the ones above and grade again.',
  },
  'answer.utf16': {
    severity: 'essential',
    text: 'The answer is UTF-16 text ({evidence}) read as UTF-8: save it as UTF-8 and try again.',
  },
  'answer.binary': {
    severity: 'essential',
    text: 'The answer contains a NUL character (code 0) here, so it is a binary file, not text: write it as UTF-8 text.',
  },
  'answer.internal-error': {
    severity: 'essential',
    text: 'The grader failed on this answer ({problem}), so nothing was graded. Please report it with your answer.',
  },

  // JSON answers.
  'json.empty': {
    severity: 'essential',
    text: 'The answer is empty: write a JSON object (the starter shows its shape).',
  },
  'json.extra-content': {
    severity: 'essential',
    text: 'There is more text after the end of the answer ({found}). An answer is a single JSON value.',
  },
  'json.unexpected-end': { severity: 'essential', text: 'The answer ends where {expected} should come.' },
  'json.unexpected-character': { severity: 'essential', text: 'Found {found} where {expected} should come.' },
  'json.unclosed': {
    severity: 'essential',
    text: 'This {opener} is never closed: the answer ends before its closing bracket.',
  },
  'json.trailing-comma': { severity: 'essential', text: 'JSON allows no comma before {closer}: remove this comma.' },
  'json.missing-comma': { severity: 'essential', text: 'A comma is missing after {after}.' },
  'json.array-hole': { severity: 'essential', text: 'An empty slot in a list: remove the extra comma.' },
  'json.comment': {
    severity: 'essential',
    text: 'JSON has no comments: remove this one (a TypeScript answer may keep comments).',
  },
  'json.single-quote': { severity: 'essential', text: 'JSON strings use double quotes ("…"), not single quotes.' },
  'json.unquoted-key': { severity: 'essential', text: 'Property names in JSON are quoted: write "{name}".' },
  'json.unterminated-string': { severity: 'essential', text: 'This string has no closing double quote on its line.' },
  'json.control-character': {
    severity: 'essential',
    text: 'A JSON string cannot hold a raw tab or control character: write it as an escape such as \\t.',
  },
  'json.bad-escape': {
    severity: 'essential',
    text: '{escape} is not an escape JSON knows (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX).',
  },
  'json.bad-number': { severity: 'essential', text: '{found} is not a JSON number.' },
  'json.bad-word': {
    severity: 'essential',
    text: '`{found}` is not a JSON value: text goes in double quotes, and the only bare words are true, false and null.',
  },

  // TypeScript answers.
  'ts.unterminated-comment': { severity: 'essential', text: 'This comment is never closed with */.' },
  'ts.unterminated-string': { severity: 'essential', text: 'This string has no closing quote on its line.' },
  'ts.unterminated-template': { severity: 'essential', text: 'This template literal has no closing backtick.' },
  'ts.bad-escape': { severity: 'essential', text: '{escape} is not a valid escape in a string.' },
  'ts.bad-number': { severity: 'essential', text: '{found} is not a number an answer can hold.' },
  'ts.unexpected': { severity: 'essential', text: 'Found {found} where {expected} should come.' },
  'ts.unclosed': { severity: 'essential', text: 'This {opener} is never closed.' },
  'ts.use-const': {
    severity: 'essential',
    text: 'Declare answer data with `const`, not `{keyword}`: an answer is a constant value.',
  },
  'ts.import': {
    severity: 'essential',
    text: 'An answer cannot import values: it is read as data, on its own. Write the values in this file (`import type` is fine).',
  },
  'ts.function': {
    severity: 'essential',
    text: 'Functions and classes are code, and an answer is read as data, never run: write the values themselves.',
  },
  'ts.statement': {
    severity: 'essential',
    text: '`{keyword}` is a statement; an answer holds only `const` declarations, types and exports.',
  },
  'ts.not-a-declaration': {
    severity: 'essential',
    text: 'Found {found} at the top level, where only `const` declarations, types and exports can be.',
  },
  'ts.call': {
    severity: 'essential',
    text: 'Calling {name} runs code, and an answer is read as data, never run: write the resulting value itself.',
  },
  'ts.member-access': {
    severity: 'essential',
    text: 'Reading a property of {name} is an expression; reference a whole `const` or write the value out.',
  },
  'ts.assignment': {
    severity: 'essential',
    text: 'Assigning to {name} changes a value after it is declared; declare the final value with `const` instead.',
  },
  'ts.operator': {
    severity: 'essential',
    text: '`{operator}` makes an expression, and an answer is read as data: write the value it would produce.',
  },
  'ts.not-data': {
    severity: 'essential',
    text: '{found} is not a value an answer can hold: use strings, numbers, booleans, null, objects and arrays.',
  },
  'ts.undefined': {
    severity: 'essential',
    text: '`undefined` is not data an answer can hold: leave the property out, or use null.',
  },
  'ts.template-substitution': {
    severity: 'essential',
    text: 'A template literal with ${…} computes its text; write the text out in full.',
  },
  'ts.computed-key': {
    severity: 'essential',
    text: 'A computed property name ([…]) is an expression; write the name itself.',
  },
  'ts.method': { severity: 'essential', text: '`{name}` is a method, which is code; an answer holds only data.' },
  'ts.array-hole': { severity: 'essential', text: 'An empty slot in a list: remove the extra comma.' },
  'ts.destructuring': {
    severity: 'essential',
    text: 'Destructuring reads values out of other values; declare each constant with its own literal.',
  },
  'ts.duplicate-constant': { severity: 'essential', text: '`{name}` is declared twice.' },
  'ts.duplicate-default': {
    severity: 'essential',
    text: 'There is already an `export default`; a file has one answer.',
  },
  'ts.unknown-reference': { severity: 'essential', text: '`{name}` is not a `const` declared in this file.' },
  'ts.cyclic-reference': { severity: 'essential', text: '`{name}` refers to itself: {cycle}.' },
  'ts.spread-type': { severity: 'essential', text: 'Only {expected} can be spread here, and this is {found}.' },
  'ts.missing-answer': {
    severity: 'essential',
    text: 'No answer found: write `export const answer = { … }` (or `export default { … }`).',
  },

  // Schema errors, in the candidate's words. {path} is like `calls[2].style`, {actual} is what was written; a
  // message about a value carries both, shown in its text or not.
  'schema.type': { severity: 'essential', text: '`{path}` must be {expected} — you wrote {actual}.' },
  'schema.enum': { severity: 'essential', text: '`{path}` must be one of {allowed} — you wrote {actual}.' },
  'schema.enum-near': {
    severity: 'essential',
    text: '`{path}` must be one of {allowed} — you wrote {actual}; did you mean "{suggestion}"?',
  },
  'schema.const': { severity: 'essential', text: '`{path}` must be {expected} — you wrote {actual}.' },
  'schema.required': { severity: 'essential', text: '`{path}` is missing `{field}`.' },
  'schema.required-root': { severity: 'essential', text: 'The answer is missing `{field}`.', carries: ['path'] },
  'schema.unknown-field': {
    severity: 'essential',
    text: '`{path}` has a field `{field}` that this answer does not use.',
  },
  'schema.unknown-field-near': {
    severity: 'essential',
    text: '`{path}` has a field `{field}` that this answer does not use; did you mean `{suggestion}`?',
  },
  'schema.min-items': {
    severity: 'essential',
    text: '`{path}` needs at least {limit} item(s) — it has {count}.',
    carries: ['actual'],
  },
  'schema.max-items': {
    severity: 'essential',
    text: '`{path}` takes at most {limit} item(s) — it has {count}.',
    carries: ['actual'],
  },
  'schema.unique-items': {
    severity: 'informative',
    text: '`{path}` lists the same item twice (items {first} and {second}); it counts once.',
    carries: ['actual'],
  },
  'schema.min-length': {
    severity: 'essential',
    text: '`{path}` needs at least {limit} character(s) — you wrote {actual}.',
  },
  'schema.max-length': {
    severity: 'actionable',
    text: '`{path}` is longer than {limit} characters. It is graded all the same; an interviewer would want it shorter.',
    carries: ['actual'],
  },
  'schema.pattern': { severity: 'essential', text: '`{path}` must be {shape} — you wrote {actual}.' },
  'schema.range': { severity: 'essential', text: '`{path}` must be {comparison} {limit} — you wrote {actual}.' },
  'schema.multiple-of': { severity: 'essential', text: '`{path}` must be a multiple of {limit} — you wrote {actual}.' },
  'schema.not-allowed': { severity: 'essential', text: '`{path}` is not allowed here.', carries: ['actual'] },
  'schema.no-shape': {
    severity: 'essential',
    text: '`{path}` does not match any of the shapes allowed here.',
    carries: ['actual'],
  },
  'schema.min-properties': {
    severity: 'essential',
    text: '`{path}` needs at least {limit} field(s).',
    carries: ['actual'],
  },
  'schema.other': { severity: 'essential', text: '`{path}` {message}.', carries: ['actual'] },

  // The rubric. {text} and {detail} are the exercise author's words.
  'rubric.pass': { severity: 'celebratory', text: '{text}' },
  'rubric.partial': { severity: 'actionable', text: '{text}' },
  'rubric.fail': { severity: 'essential', text: '{text}' },
  'rubric.not-graded': {
    severity: 'essential',
    text: 'Not graded yet: fix the errors at {paths} first, then grade again.',
  },
  'rubric.not-graded-unreadable': {
    severity: 'essential',
    text: 'Not graded: the answer could not be read. Fix the first error shown, then grade again.',
  },
  'rubric.nothing-at': { severity: 'essential', text: 'Nothing found at `{path}`.' },
  'rubric.no-match': { severity: 'essential', text: 'No item of `{path}` has {where}.' },
  'rubric.exercise-broken': {
    severity: 'essential',
    text: "This exercise could not be graded ({problem}). This is the exercise's fault, not yours.",
  },

  // Red flags: mistakes that fail the answer whatever its score. {name} is the exercise author's.
  'flag.red-flag': { severity: 'essential', text: '{name}.{detail}' },
} as const satisfies Wording;
