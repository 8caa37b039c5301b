/** Parses the grade command's arguments: `<exercise id or folder> <answer files...> [--json]`. */

/** What the command was asked to do, or why the arguments make no sense. */
export type GradeArgs =
  { ok: true; exercise: string; files: string[]; json: boolean; help: boolean } | { ok: false; problem: string };

/** The usage line shown with every argument problem. */
export const USAGE = 'usage: npm run grade -- <exercise id or folder> <answer files (.json or .ts)...> [--json]';

/** Reads `argv` (without the node and script paths). */
export function parseGradeArgs(argv: readonly string[]): GradeArgs {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--json' && flag !== '--help');
  if (flags.includes('--help')) return { ok: true, exercise: '', files: [], json: false, help: true };
  if (unknown.length > 0) return { ok: false, problem: `unknown option ${unknown.join(', ')}` };
  const [exercise, ...files] = positional;
  if (exercise === undefined)
    return { ok: false, problem: 'name the exercise (its id or folder) and at least one answer file' };
  if (files.length === 0) return { ok: false, problem: `name at least one answer file to grade against ${exercise}` };
  const wrongExtension = files.filter((file) => formatOfFile(file) === undefined);
  if (wrongExtension.length > 0)
    return { ok: false, problem: `answer files end in .json or .ts: ${wrongExtension.join(', ')}` };
  return { ok: true, exercise, files, json: flags.includes('--json'), help: false };
}

/** The answer format a file's extension stands for. */
export function formatOfFile(file: string): 'json' | 'ts' | undefined {
  if (/\.json$/i.test(file)) return 'json';
  if (/\.ts$/i.test(file)) return 'ts';
  return undefined;
}
