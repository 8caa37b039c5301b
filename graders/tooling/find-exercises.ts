/** Finds exercise folders on disk: every `exercises/<chapter>/<exercise>/index.mdx`. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The exercises folder of the repository this file lives in. */
export const EXERCISES_ROOT = resolve(import.meta.dirname, '../../exercises');

/** Every exercise folder under `root`, sorted, found by the presence of index.mdx. */
export function findExerciseFolders(root: string = EXERCISES_ROOT): string[] {
  if (!existsSync(root)) return [];
  const folders: string[] = [];
  for (const chapter of readdirSync(root).sort()) {
    const chapterPath = join(root, chapter);
    if (!statSync(chapterPath).isDirectory()) continue;
    for (const exercise of readdirSync(chapterPath).sort()) {
      const folder = join(chapterPath, exercise);
      if (existsSync(join(folder, 'index.mdx'))) folders.push(folder);
    }
  }
  return folders;
}

/** The id of every exercise under `root` (each folder's name), sorted. */
export function listExerciseIds(root: string = EXERCISES_ROOT): string[] {
  return findExerciseFolders(root)
    .map((folder) => basename(folder))
    .sort();
}

/** Resolves a CLI argument: a folder holding index.mdx, or an exercise id (the folder's name). */
export function resolveExerciseFolder(argument: string, root: string = EXERCISES_ROOT): string | undefined {
  const asPath = resolve(argument);
  if (existsSync(join(asPath, 'index.mdx'))) return asPath;
  return findExerciseFolders(root).find(
    (folder) => folder.endsWith(`/${argument}`) || folder.endsWith(`\\${argument}`),
  );
}
