/** Entry point of `npm run grade`: runs the command and exits with its code. */
import { runGradeCommand } from './run-grade-command';

const result = runGradeCommand(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
