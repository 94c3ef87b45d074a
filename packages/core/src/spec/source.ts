/**
 * Reads spec or game text into a plain value plus a way to place issues back on the
 * text. YAML's parser reads JSON too, so one parser yields positions for both formats.
 */

import type { YAMLError } from 'yaml';
import { loadYaml } from '#yaml-lib';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { checkDocumentSize, checkTextNesting } from './document-limits.js';
import { readJsonFast } from './json-fast.js';
import { RESERVED } from './reserved-name.js';
import { readYamlFast } from './yaml-fast.js';
import { offsetOf, pathAtOffset } from './yaml-locate.js';

export interface ReadOptions {
  /** Named in every issue; a `.json` name also selects the JSON format. */
  readonly file?: string;
  readonly format?: 'yaml' | 'json';
}

export interface Source {
  /** The document as plain data (mappings → objects, sequences → arrays). */
  readonly value: unknown;
  /** Adds `file`, `line` and `column` to an issue from its path. */
  place(issue: Issue): Issue;
}

/** Issues about a key itself point at the key; all others at the value. */
const KEY_CODES = new Set(['unknown_field', 'duplicate_key']);
const isAboutKey = (issue: Issue): boolean =>
  KEY_CODES.has(issue.code) || (issue.code === 'reserved_name' && issue.path.at(-1) === RESERVED);

export function readSource(text: string, options: ReadOptions = {}): Result<Source> {
  const { file } = options;
  const format = options.format ?? (file?.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
  const nesting = checkTextNesting(text);
  if (nesting !== undefined) return fail([{ ...nesting, ...(file === undefined ? {} : { file }) }]);
  const fast = format === 'json' ? readJsonFast(text) : readYamlFast(text);
  if (fast === undefined) return readWithPositions(text, file, format);
  let full: Result<Source> | undefined;
  const place = (issue: Issue): Issue => {
    full ??= readWithPositions(text, file, format);
    return full.ok ? full.value.place(issue) : issue;
  };
  return ok({ value: fast.value, place });
}

/** The full reader: YAML's parser (which reads JSON too) with every node's position. */
function readWithPositions(
  text: string,
  file: string | undefined,
  format: 'yaml' | 'json',
): Result<Source> {
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { ...(file === undefined ? {} : { file }), line, column: col };
  };
  const fromYaml = (error: YAMLError): Issue => {
    const offset = error.pos[0];
    if (error.code === 'DUPLICATE_KEY') {
      const path = pathAtOffset(doc, offset);
      const message = `\`${String(path.at(-1) ?? '')}\` appears twice in the same mapping; keep one of them`;
      return { code: 'duplicate_key', path, message, ...where(offset) };
    }
    // After a syntax error the tree is a guess, so no path: the position says where.
    const language = format === 'json' ? 'JSON' : 'YAML';
    const message = `${language} syntax error: ${firstLine(error.message)}; fix the text at this position`;
    return { code: 'syntax_error', path: [], message, ...where(offset) };
  };
  if (doc.errors.length > 0) return fail(doc.errors.map(fromYaml));
  if (format === 'json') {
    const problem = strictJsonProblem(text);
    if (problem !== undefined) {
      const at =
        problem.offset === undefined ? (file === undefined ? {} : { file }) : where(problem.offset);
      const message = `not valid JSON: ${problem.reason}; fix it, or name the file .yaml if it is YAML`;
      return fail([{ code: 'syntax_error', path: [], message, ...at }]);
    }
  }
  const size = checkDocumentSize(doc);
  if (size !== undefined) return fail([{ ...size, ...where(0) }]);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // yaml throws only for alias bombs and broken aliases.
    const reason = error instanceof Error ? error.message : String(error);
    return fail([
      {
        code: 'syntax_error',
        path: [],
        message: `cannot read the document: ${reason}`,
        ...where(0),
      },
    ]);
  }
  const warnings = doc.warnings.map((warning) => ({
    code: 'yaml_warning',
    path: pathAtOffset(doc, warning.pos[0]),
    message: firstLine(warning.message),
    ...where(warning.pos[0]),
  }));
  const place = (issue: Issue): Issue =>
    issue.line !== undefined
      ? issue
      : {
          ...issue,
          ...where(offsetOf(doc, issue.path, isAboutKey(issue) ? 'key' : 'value')),
        };
  return ok({ value, place }, warnings);
}

const firstLine = (message: string): string => message.split('\n')[0] ?? message;

/** YAML accepts more than JSON (comments, unquoted keys); a `.json` file must be JSON. */
function strictJsonProblem(text: string): { reason: string; offset?: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(reason)?.[1];
    return position === undefined ? { reason } : { reason, offset: Number(position) };
  }
}
