import { readFileSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { formatPath, type Issue } from '@partnerfolio/core/issues';
import type { Portfolio } from '@partnerfolio/core/model';
import { parseSpecText } from '@partnerfolio/core/spec';
import { z } from 'zod';
import { inputError } from './errors.js';

// A command validates one document once: zod's JIT (a generated function per object schema,
// compiled on first use) costs a fresh process more than it saves. Same results, same issues.
z.config({ jitless: true });

/** Reads a file for a command, turning a missing or unreadable file into a clear input error. */
export function readInput(file: string, cwd: string): { text: string; name: string } {
  const full = resolve(cwd, file);
  const name = relative(cwd, full) || file;
  try {
    return { text: readFileSync(full, 'utf8'), name };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((err as Error).message);
    throw inputError(`${name}: cannot read: ${why}`, [
      { code: 'unreadable', path: [], message: `cannot read: ${why}`, file: name },
    ]);
  }
}

export const formatOf = (file: string): 'yaml' | 'json' =>
  extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';

/** `demo.yaml:12:7: partners[3].cost.triangular: min must be ≤ mode` */
export function describeIssue(issue: Issue): string {
  const where = [issue.file, issue.line, issue.column].filter((x) => x !== undefined).join(':');
  const path = formatPath(issue.path);
  return [where, path, issue.message].filter((s) => s !== '').join(': ');
}

export interface LoadedSpec {
  readonly portfolio: Portfolio;
  readonly file: string;
  readonly warnings: readonly Issue[];
}

/** Loads and validates a whole spec; any error stops the command (exit 1). */
export function loadSpec(file: string, cwd: string): LoadedSpec {
  const { text, name } = readInput(file, cwd);
  const result = parseSpecText(text, { file: name, format: formatOf(name) });
  if (!result.ok) {
    const n = result.issues.length;
    throw inputError(
      `${name} is not a valid portfolio spec (${n} problem${n === 1 ? '' : 's'})`,
      result.issues,
    );
  }
  return { portfolio: result.value.portfolio, file: name, warnings: result.warnings };
}
