import type { GameDefinition } from '../games/types.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { placeResult } from './place-issues.js';
import { isRecord } from './raw.js';
import { type ReadOptions, readSource } from './source.js';
import { validateGameDocument } from './validate-game.js';
import { type ParsedSpec, validateSpecDocument } from './validate-spec.js';

/** Reads and validates a game file (YAML or JSON) with positioned issues. */
export function parseGameText(text: string, options: ReadOptions = {}): Result<GameDefinition> {
  const source = readSource(text, options);
  if (!source.ok) return source;
  return placeResult(validateGameDocument(source.value.value), source.value, source.warnings);
}

/** A portfolio spec names `version` or `partners`; a game file has neither. */
export function isSpecLike(document: unknown): boolean {
  return (
    isRecord(document) &&
    (Object.hasOwn(document, 'partners') || Object.hasOwn(document, 'version'))
  );
}

export type GameOrSpec =
  | ({ readonly kind: 'spec' } & ParsedSpec)
  | { readonly kind: 'game'; readonly game: GameDefinition };

/**
 * For `shapley`, which accepts either: a portfolio spec (the game of its partners is
 * built by the caller) or one of the game forms.
 */
export function parseGameOrSpecText(text: string, options: ReadOptions = {}): Result<GameOrSpec> {
  const source = readSource(text, options);
  if (!source.ok) return source;
  const document = source.value.value;
  let result: Result<GameOrSpec>;
  if (isSpecLike(document)) {
    const spec = validateSpecDocument(document);
    result = spec.ok ? ok({ kind: 'spec', ...spec.value }, spec.warnings) : spec;
  } else if (isRecord(document) && !Object.hasOwn(document, 'players')) {
    result = fail([unknownDocument]);
  } else {
    const game = validateGameDocument(document);
    result = game.ok ? ok({ kind: 'game', game: game.value }, game.warnings) : game;
  }
  return placeResult(result, source.value, source.warnings);
}

const unknownDocument: Issue = {
  code: 'unknown_document',
  path: [],
  message:
    'this is neither a portfolio spec (`version: 1` and `partners`) nor a game (`players` and one of `values`, `weightedVoting`, `airport`)',
};
