/**
 * Prints calibration results: per exercise, its agreement and every disagreement with both sides' reasons; then
 * the overall figures, the last line reading `overall: N of M verdicts agree (P %)`.
 */
import type { CriterionReport } from '../../index.ts';
import { countAgreement, toPercent, type CalibrationRow } from './compare-calibration.ts';
import type { WriterCeiling } from './writer-ceiling.ts';

/** The text `npm run calibrate` prints for `rows`, grouped by exercise in the order given. */
export function formatCalibration(rows: readonly CalibrationRow[], showAll = false, ceiling?: WriterCeiling): string {
  const lines: string[] = [];
  const exercises = [...new Set(rows.map((row) => row.exerciseId))];
  for (const exerciseId of exercises) {
    const own = rows.filter((row) => row.exerciseId === exerciseId);
    const agreement = countAgreement(own);
    const explained = agreement.explained > 0 ? ` (${agreement.explained} explained)` : '';
    lines.push(
      `${exerciseId}: ${agreement.verdicts} of ${agreement.answers} verdicts agree${explained}, ` +
        `${agreement.takeaways} of ${agreement.answers} on the takeaways missed`,
    );
    for (const row of own) {
      if (row.verdictAgrees && row.takeawaysAgree && !showAll) continue;
      lines.push(...formatRow(row));
    }
  }
  const rounds = [...new Set(rows.map((row) => roundOf(row.name)))].sort((a, b) => a - b);
  if (rounds.length > 1)
    lines.push(
      `by round: ${rounds
        .map((round) => {
          const own = countAgreement(rows.filter((row) => roundOf(row.name) === round));
          return `${round}: ${own.verdicts} of ${own.answers} (${toPercent(own.verdicts, own.answers)} %)`;
        })
        .join('; ')}`,
    );
  if (ceiling !== undefined && ceiling.splits.length > 0) {
    lines.push('verdicts split: answers the same apart from free text, with different blind verdicts of record');
    for (const split of ceiling.splits)
      lines.push(`  ${split.exerciseId}: ${split.answers.map(({ name, verdict }) => `${name} ${verdict}`).join(', ')}`);
  }
  if (ceiling !== undefined)
    lines.push(
      `ceiling: a grader that reads no free text agrees on at most ${ceiling.atBest} of ${ceiling.answers} verdicts ` +
        `(${toPercent(ceiling.atBest, ceiling.answers)} %)`,
    );
  const all = countAgreement(rows);
  if (all.judged > 0)
    lines.push(
      `readers: the judge shares the writer's verdict on ${all.judgeAgrees} of ${all.judged} answers read twice ` +
        `(${toPercent(all.judgeAgrees, all.judged)} %); where they differ, the adjudicator's verdict counts`,
    );
  lines.push(
    `takeaways: ${all.takeaways} of ${all.answers} answers miss the same takeaways (${toPercent(all.takeaways, all.answers)} %)`,
    `overall: ${all.verdicts} of ${all.answers} verdicts agree (${toPercent(all.verdicts, all.answers)} %)`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The round of blind writing an answer belongs to: `r2-03-….json` is round 2, an unprefixed name round 1. A later
 * round is written after the rubric was tuned on the earlier ones, so its agreement is the honest, held-out figure.
 */
export function roundOf(name: string): number {
  const match = /^r(\d+)-/.exec(name);
  return match === null ? 1 : Number(match[1]);
}

function formatRow(row: CalibrationRow): string[] {
  const { header, report, grader, record } = row;
  const label = row.verdictAgrees ? 'takeaways differ' : 'VERDICT DIFFERS';
  const lines = [`  ${row.name} (${header.candidate}): ${label}`];
  if (record.by === 'adjudicator' && header.judge !== undefined)
    lines.push(
      `    writer: ${header.verdict}: ${header.why}`,
      `    judge:  ${header.judge.verdict}: ${header.judge.why}`,
    );
  lines.push(
    `    ${record.by === 'adjudicator' ? 'adjud.' : 'blind: '} ${record.verdict}; misses ${listOrNone(record.misses)}`,
    `            ${record.why}`,
    `    grader: ${grader.verdict} (${report.percent} %${report.passed ? ', passed' : ''}); misses ${listOrNone(grader.misses)}`,
  );
  for (const flag of report.redFlags) lines.push(`            ! ${flag.criterion}: ${flag.message.text}`);
  for (const criterion of report.criteria.filter((c) => c.verdict !== 'pass')) lines.push(describeCriterion(criterion));
  if (header.graderRight !== undefined) lines.push(`    grader right: ${header.graderRight}`);
  if (header.unresolved !== undefined) lines.push(`    unresolved: ${header.unresolved}`);
  return lines;
}

function describeCriterion(criterion: CriterionReport): string {
  const first = criterion.feedback[0]?.text ?? '';
  return `            ${criterion.verdict} ${criterion.id} ${criterion.points}/${criterion.maxPoints}: ${first}`;
}

function listOrNone(items: readonly string[]): string {
  return items.length === 0 ? 'nothing' : items.join(', ');
}
