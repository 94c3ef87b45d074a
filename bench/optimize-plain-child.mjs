/**
 * Child process of optimize-plain.mjs: a bare `highs` solve of an LP file in a fresh
 * process, under the adapter's options. Usage: `node bench/optimize-plain-child.mjs FILE.lp`;
 * prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { highsOptionsFor } from '@partnerfolio/solver-highs';
import highsLoader from 'highs';

const text = readFileSync(process.argv[2], 'utf8');
const highs = await highsLoader();
const result = highs.solve(text, highsOptionsFor({}));
console.log(JSON.stringify({ status: result.Status, objective: result.ObjectiveValue }));
