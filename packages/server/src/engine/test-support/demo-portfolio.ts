import { readFileSync } from 'node:fs';
import { type Portfolio, parseSpecText } from '@partnerfolio/core';

/** The repository's demo spec (`examples/demo.yaml`), as text and as a portfolio. */
export const DEMO_SPEC_TEXT = readFileSync(
  new URL('../../../../../examples/demo.yaml', import.meta.url),
  'utf8',
);

/** The demo a year on, with running partnerships (`examples/running-portfolio.yaml`). */
export const RUNNING_SPEC_TEXT = readFileSync(
  new URL('../../../../../examples/running-portfolio.yaml', import.meta.url),
  'utf8',
);

export function portfolioOf(text: string): Portfolio {
  const parsed = parseSpecText(text, { format: 'yaml' });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.value.portfolio;
}
