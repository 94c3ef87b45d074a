#!/usr/bin/env node
// The installed `partnerfolio` command. It is committed (not built) so that npm can link
// it when the workspace is installed, before `npm run build` has written dist/.
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bin.js')) {
    process.stderr.write(
      'partnerfolio is not built yet: run `npm run build` in the repository first.\n',
    );
    process.exitCode = 2;
  } else {
    throw error;
  }
}
