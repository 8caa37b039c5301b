/** Entry point of `npm run calibrate`: measures the grader against the blind calibration answers of this repository. */
import { join } from 'node:path';
import { runCalibrate } from './run-calibrate.ts';

const repository = join(import.meta.dirname, '../../..');
const result = runCalibrate(process.argv.slice(2), {
  repository,
  content: join(repository, 'content'),
  exercises: join(repository, 'exercises'),
});
process.stderr.write(result.stderr);
process.stdout.write(result.stdout);
process.exitCode = result.exitCode;
