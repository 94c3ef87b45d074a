/**
 * Every answer of every route (each folder under `routes/` and each route file beside
 * them) goes through a presenter (`src/presenters/`, a function named `present…`): a handler that
 * returns or sends a store record as it is fails here. Read from the source with the
 * TypeScript parser: each `app.get|post|put|patch|delete(…)` handler's returned and
 * `send`-ed expressions must call a presenter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROUTES = new URL('.', import.meta.url).pathname;
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Not route folders: the tests' own harness. */
const NOT_ROUTES = new Set(['test-support']);

const isSource = (f: string) =>
  f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.route-cases.ts');

/** Every source file of the routes, each folder's recursively: the check reads them all. */
function sources(dir: string, prefix = ''): string[] {
  return readdirSync(join(ROUTES, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory())
      return NOT_ROUTES.has(path) ? [] : sources(join(dir, entry.name), `${path}/`);
    return isSource(entry.name) ? [path] : [];
  });
}

const files = sources('.');
/** The files that declare routes (`app.get(…)` and the like). */
const routeFiles = files.filter(
  (f) => handlersOf(f, readFileSync(join(ROUTES, f), 'utf8')).length > 0,
);
const folders = readdirSync(ROUTES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !NOT_ROUTES.has(e.name))
  .map((e) => e.name);

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

/**
 * The answers that are not records, each with the reason: files and streams, and bytes
 * made once by a presenter and kept (the route sends the kept bytes).
 */
const NOT_RECORDS: Readonly<Record<string, string>> = {
  'openapi.ts GET OPENAPI_PATH': 'the OpenAPI document itself',
  "web-app.ts GET '/*'": "the web app's static files",
  "jobs.ts GET '/api/workspaces/:slug/jobs/:id/events'":
    'a server-sent event stream; each event carries presentJob(...)',
  "spec/routes.ts GET '/api/workspaces/:slug/spec'":
    'the spec file itself, in the format DESIGN.md fixes (YAML or JSON)',
  "partners/routes.ts GET '/api/workspaces/:slug/partners'":
    'bytes kept per audit head, made once from presentPartner through the route schema',
  "imports/routes.ts POST '/api/workspaces/:slug/imports/partners/preview'":
    "bytes serialised off the event loop from the import preview's schema",
  'imports/routes.ts GET `/api/workspaces/:slug/exports/${file}`':
    'a file download (CSV, XLSX, YAML)',
  "outcomes/routes.ts GET '/api/workspaces/:slug/exports/outcomes.csv'": 'a CSV download',
};

const unpresentedRecords = (file: string) =>
  unpresented(file, readFileSync(join(ROUTES, file), 'utf8')).filter(
    (route) => NOT_RECORDS[`${file} ${route}`] === undefined,
  );

describe('answers of every route', () => {
  it('are found in every folder (or in its sibling file: engine.ts for engine/)', () => {
    const withRoutes = new Set(routeFiles.map((f) => f.split('/')[0]?.replace(/\.ts$/, '')));
    expect(folders.filter((folder) => !withRoutes.has(folder))).toEqual([]);
    const routes = routeFiles.flatMap((f) => handlersOf(f, readFileSync(join(ROUTES, f), 'utf8')));
    expect(routes.length).toBeGreaterThan(100);
  });

  it.each(routeFiles)('%s answers through presenters only', (file) => {
    expect(unpresentedRecords(file)).toEqual([]);
  });

  it('lists as not records only routes that exist and are not presented', () => {
    const listed = Object.keys(NOT_RECORDS);
    const found = routeFiles.flatMap((f) =>
      unpresented(f, readFileSync(join(ROUTES, f), 'utf8')).map((route) => `${f} ${route}`),
    );
    expect(listed.filter((key) => !found.includes(key))).toEqual([]);
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
