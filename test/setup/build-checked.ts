/**
 * `astro build` that fails when the build prints a warning or an error line. A healthy build prints none, so one
 * that appears is news: `npm run test:e2e` (and so `npm test`) builds through this, while `npm run build` stays
 * lenient for authoring. The build's output is passed through as it comes.
 */
import { spawn } from 'node:child_process';
import { findBuildNoise } from './build-noise.ts';

const build = spawn('npx', ['astro', 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });
let output = '';
build.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  output += chunk.toString();
});
build.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  output += chunk.toString();
});
build.on('close', (code) => {
  if (code !== 0) {
    process.exitCode = code ?? 1;
    return;
  }
  const noise = findBuildNoise(output);
  if (noise.length === 0) return;
  console.error(
    `\nThe build printed ${noise.length} warning or error line(s); a healthy build prints none:\n` +
      `${noise.map((line) => `  ${line}`).join('\n')}\n` +
      'Fix the cause, or silence it precisely in astro.config.mjs with a comment saying why.',
  );
  process.exitCode = 1;
});
