/**
 * The exercises of the content collection with the facts their folders give (id, chapter, lesson, takeaways), so
 * every page reads one definition instead of deriving them itself.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defineExercise, type ExerciseDefinition } from '../../graders/index.ts';

/** A collection entry and its exercise definition. */
export interface ExerciseEntry {
  entry: CollectionEntry<'exercises'>;
  exercise: ExerciseDefinition;
}

/** Every exercise, each with its definition; the entry id is `<chapter>/<id>`, the folder under `exercises/`. */
export async function listExercises(): Promise<ExerciseEntry[]> {
  const entries = await getCollection('exercises');
  return entries.map((entry) => ({ entry, exercise: defineExercise(entry.id, entry.data) }));
}
