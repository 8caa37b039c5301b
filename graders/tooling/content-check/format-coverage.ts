/** The coverage table printed by `npm run check:content`: each lesson takeaway, the exercises and criteria testing it. */
import type { TakeawayCoverage } from './check-content.ts';

/** A plain-text table, one row per takeaway, `-` where nothing tests it. */
export function formatCoverage(coverage: readonly TakeawayCoverage[]): string {
  const rows = coverage.map(({ takeaway, testedBy }) => [
    takeaway.id,
    testedBy.map((test) => test.exercise).join(', ') || '-',
    testedBy.map((test) => test.criteria.join(', ')).join('; ') || '-',
  ]);
  const header = ['takeaway', 'exercises', 'criteria'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
