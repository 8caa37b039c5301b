/**
 * What the study pages know from the build: the chapter's lessons in order, their takeaways, and which criteria of
 * which exercises test each takeaway (the same facts `npm run check:content -- --coverage` prints). Embedded as JSON
 * in /progress/, the home page and /mock/; built by build-catalogue.ts. Pure types and look-ups, no Astro.
 */

/** An exercise as the study pages show it. */
export interface CatalogueExercise {
  id: string;
  title: string;
  /** Minutes a candidate should expect to spend (the exercise's frontmatter). */
  minutes: number;
  difficulty: 'warm-up' | 'core' | 'stretch';
  /** Its page, under the site's base. */
  href: string;
}

/** A takeaway and what tests it. */
export interface CatalogueTakeaway {
  /** `<lesson>.<name>`. */
  id: string;
  /** Its short title (first sentence). */
  title: string;
  /** Its section in its lesson, under the site's base. */
  href: string;
  /** The exercises with a criterion testing it, and those criteria's ids. */
  testedBy: { exercise: string; criteria: string[] }[];
}

/** A lesson with takeaways: a row of the /progress/ picture. */
export interface CatalogueLesson {
  /** The content entry id, `<chapter>/<lesson>`. */
  id: string;
  title: string;
  /** Its page, under the site's base. */
  href: string;
  takeaways: CatalogueTakeaway[];
}

/** Everything the study pages read from the build. */
export interface StudyCatalogue {
  /** Lessons in reading order (the sidebar's), each with its takeaways. */
  lessons: CatalogueLesson[];
  /** Every exercise, by id order of the list page. */
  exercises: CatalogueExercise[];
}

const DIFFICULTY_RANK: Readonly<Record<CatalogueExercise['difficulty'], number>> = {
  'warm-up': 0,
  core: 1,
  stretch: 2,
};

/** The exercise to practise a takeaway with: the fewest minutes, then the easiest, then by title; none when untested. */
export function pickShortestExercise(
  takeaway: CatalogueTakeaway,
  exercises: ReadonlyMap<string, CatalogueExercise>,
): CatalogueExercise | undefined {
  const candidates = takeaway.testedBy.flatMap(({ exercise }) => exercises.get(exercise) ?? []);
  return candidates.sort(
    (a, b) =>
      a.minutes - b.minutes ||
      DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] ||
      a.title.localeCompare(b.title),
  )[0];
}

/** Serialises the catalogue for a `<script type="application/json">`, so no text can close the tag early. */
export function serialiseCatalogue(catalogue: StudyCatalogue): string {
  return JSON.stringify(catalogue).replace(/</g, '\\u003c');
}
