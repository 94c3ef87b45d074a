/**
 * Every answer of the agreements, ledger, reviews, statements and operations routes goes
 * through a presenter (`src/presenters/`, a function named `present…`): a handler that
 * returns or sends a store record as it is fails here. Read from the source with the
 * TypeScript parser: each `app.get|post|put|patch|delete(…)` handler's returned and
 * `send`-ed expressions must call a presenter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROUTES = new URL('.', import.meta.url).pathname;
const PRESENTED = [
  'agreements',
  'ledger',
  'reviews',
  'statements',
  'operations.ts',
  'partners/score-distributions-route.ts',
];
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

const files = PRESENTED.flatMap((entry) =>
  entry.endsWith('.ts')
    ? [entry]
    : readdirSync(join(ROUTES, entry))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'schema.ts')
        .map((f) => `${entry}/${f}`),
);

interface Handler {
  readonly route: string;
  readonly answers: readonly ts.Expression[];
}

/** Returned and sent expressions of a handler, not those of functions nested in it. */
function answersOf(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression[] {
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression !== undefined) out.push(node.expression);
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'send' &&
      node.arguments[0] !== undefined
    ) {
      out.push(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return out;
}

export function handlersOf(file: string, text: string): Handler[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Handler[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      METHODS.has(node.expression.name.text) &&
      node.expression.expression.getText(source) === 'app'
    ) {
      const handler = node.arguments.at(-1);
      if (
        handler !== undefined &&
        (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))
      ) {
        const path = node.arguments[0]?.getText(source) ?? '?';
        found.push({
          route: `${node.expression.name.text.toUpperCase()} ${path}`,
          answers: answersOf(handler),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Whether the expression calls (or passes) a presenter somewhere inside it; `null`, the
 * body of a 204, presents nothing and so is allowed.
 */
function presents(expression: ts.Node): boolean {
  if (expression.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(expression) && /^present[A-Z]/.test(expression.text)) return true;
  return ts.forEachChild(expression, presents) === true;
}

export const unpresented = (file: string, text: string): string[] =>
  handlersOf(file, text).flatMap((h) =>
    h.answers.length === 0 || !h.answers.every(presents) ? [h.route] : [],
  );

describe('answers of the record routes', () => {
  it('are found in every folder', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const routes = files.flatMap((f) => handlersOf(f, readFileSync(join(ROUTES, f), 'utf8')));
    expect(routes.length).toBeGreaterThan(35);
  });

  it.each(files)('%s answers through presenters only', (file) => {
    expect(unpresented(file, readFileSync(join(ROUTES, file), 'utf8'))).toEqual([]);
  });

  it('the check refuses a handler that returns a store record', () => {
    const raw = `app.get('/x', {}, async (request) => listAgreements(db, ws));
app.post('/y', {}, async (request, reply) => {
  const a = await createAgreement(db, ws);
  return reply.code(201).send(a);
});
app.patch('/z', {}, async (request) => {
  if (request.query.x) return presentAgreement(a);
  return a;
});`;
    expect(unpresented('raw.ts', raw)).toEqual(["GET '/x'", "POST '/y'", "PATCH '/z'"]);
    const presented = `app.get('/x', {}, async () => (await listAgreements(db, ws)).map(presentAgreement));
app.delete('/x', {}, async (request, reply) => {
  await discardAgreement(db, ws);
  return reply.code(204).send(null);
});`;
    expect(unpresented('ok.ts', presented)).toEqual([]);
  });
});
