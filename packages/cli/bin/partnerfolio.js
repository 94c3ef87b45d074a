#!/usr/bin/env node
// The installed `partnerfolio` command. It is committed (not built) so that npm can link
// it when the workspace is installed, before `npm run build` has written dist/.
import module from 'node:module';

// Node ≥ 22.1 can keep V8's compiled code of every module the command loads, so a later run
// skips compiling them: in the OS temp directory (Node's default, or NODE_COMPILE_CACHE),
// never in the install, which may be read-only. An unwritable directory only turns it off;
// Node 20 has no such cache.
try {
  module.enableCompileCache?.();
} catch {
  // A start-up speed-up, never a reason to fail.
}

try {
  await import('../dist/bundle/bin.js');
} catch (error) {
  if (
    error?.code === 'ERR_MODULE_NOT_FOUND' &&
    String(error.message).includes('dist/bundle/bin.js')
  ) {
    process.stderr.write(
      'partnerfolio is not built yet: run `npm run build` in the repository first.\n',
    );
    process.exitCode = 2;
  } else {
    throw error;
  }
}
