#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './main.js';

// `partnerfolio … | head` closes the pipe early: stop quietly, as Unix tools do, rather
// than crash with an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo());
