import { specJsonSchema } from '@partnerfolio/core';
import type { Register } from './shared.js';

export const registerSchema: Register = (program, _ctx, emit) => {
  program
    .command('schema')
    .description('print the JSON Schema of the portfolio spec (for editors)')
    .action(() => {
      const schema = specJsonSchema();
      // The schema is JSON either way; --json only changes indentation of nothing.
      emit({ json: schema, text: `${JSON.stringify(schema, null, 2)}\n` });
    });
};
