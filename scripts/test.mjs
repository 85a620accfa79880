// Runs every test stage in order, stopping at the first that fails, then prints how long each took,
// so a slow stage shows up in every run (locally and in CI) rather than only when someone measures.
import { spawnSync } from 'node:child_process';

const stages = [
  ['type check', 'check'],
  ['content report', 'content:report', '--', '--strict'],
  ['build', 'build'],
  ['unit and broken-content tests', 'test:unit'],
  ['checks over dist/', 'test:dist'],
  ['browser tests', 'test:e2e'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];
let failed;
for (const [name, script, ...args] of stages) {
  const started = performance.now();
  const { status } = spawnSync(npm, ['run', script, ...args], { stdio: 'inherit' });
  timings.push([name, (performance.now() - started) / 1000]);
  if (status !== 0) {
    failed = name;
    break;
  }
}

const width = Math.max(...timings.map(([name]) => name.length));
console.log('\nTime per stage:');
for (const [name, seconds] of timings) console.log(`  ${name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${'total'.padEnd(width)}  ${timings.reduce((sum, [, seconds]) => sum + seconds, 0).toFixed(1).padStart(6)} s`);
if (failed) {
  console.error(`\nStopped: the ${failed} stage failed.`);
  process.exit(1);
}
