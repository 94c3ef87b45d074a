/**
 * Preloaded (`node --import`) into every child of cli-startup.mjs, the baseline alike: at
 * exit it writes the process's CPU time (user + system, in ms) to file descriptor 3.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, String((user + system) / 1000));
  } catch {
    // Run by hand, without a pipe on fd 3: nothing to report to.
  }
});
