/**
 * Every exercise on disk, found the way the CLI finds them (`exercises/<chapter>/<exercise>/index.mdx`), so tests
 * check a new chapter's exercises without being edited.
 */
import { basename, join } from 'node:path';
import { findExerciseFolders } from '../../graders/tooling/find-exercises.ts';

/** Each exercise's folder by its id (the folder's name), in id order. */
const FOLDERS: ReadonlyMap<string, string> = new Map(
  findExerciseFolders()
    .map((folder) => [basename(folder), folder] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** The id of every exercise, sorted. */
export const EXERCISE_IDS: readonly string[] = [...FOLDERS.keys()];

/** The folder of exercise `id`, or a path under it (`exercisePath(id, 'samples')`); throws for an unknown id. */
export function exercisePath(id: string, ...parts: string[]): string {
  const folder = FOLDERS.get(id);
  if (folder === undefined) throw new Error(`no exercise "${id}" under exercises/<chapter>/`);
  return join(folder, ...parts);
}
