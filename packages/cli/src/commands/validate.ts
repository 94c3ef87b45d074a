import { formatPath } from '@partnerfolio/core/issues';
import { parseSpecText } from '@partnerfolio/core/spec';
import { EXIT } from '../errors.js';
import { describeIssue, formatOf, readInput } from '../load.js';
import type { Register } from './shared.js';

/** `validate FILE`: the one command whose invalid answer is data, not an error. */
export const registerValidate: Register = (program, ctx, emit) => {
  program
    .command('validate')
    .description('check a portfolio spec and list every problem with its place')
    .argument('<file>', 'portfolio spec (YAML or JSON)')
    .action((file: string) => {
      const { text, name } = readInput(file, ctx.io.cwd);
      const result = parseSpecText(text, { file: name, format: formatOf(name) });
      const { style } = ctx;
      if (result.ok) {
        const { portfolio } = result.value;
        const warnings = result.warnings.map((w) => ({ ...w, path: formatPath(w.path) }));
        emit({
          json: { valid: true, warnings },
          text:
            `${style.green('✓')} ${name} is valid: ${portfolio.partners.length} partners, ${portfolio.criteria.length} criteria, ${Object.keys(portfolio.resources).length} resources\n` +
            result.warnings
              .map((w) => `  ${style.yellow('warning')}: ${describeIssue(w)}\n`)
              .join(''),
        });
        return;
      }
      const errors = result.issues.map((i) => ({ ...i, path: formatPath(i.path) }));
      const n = errors.length;
      emit({
        json: { valid: false, errors },
        text:
          `${style.red('✗')} ${name}: ${n} problem${n === 1 ? '' : 's'}\n` +
          result.issues.map((i) => `  ${describeIssue(i)}\n`).join(''),
        exitCode: EXIT.invalidInput,
        textToStderr: true,
      });
    });
};
