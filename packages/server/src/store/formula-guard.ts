/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a cell that
 * starts with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK("http://…"&A1,"Click")`
 * sends the sheet's data away), and tab or carriage return at the start are read the
 * same way by some programs. Such text cells are written with a leading single quote
 * (shown as text, not run) and quoted. Numbers are written as numbers: `-5` stays `-5`.
 * The import takes the quote off again, so an exported file imports back unchanged.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as written to a CSV: formula-leading text behind a single quote. */
export const neutraliseFormula = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text;

/** The cell as read from a CSV: a quote that `neutraliseFormula` added is taken off. */
export const restoreFormula = (text: string): string =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;

/** True when `text` would be run as a formula by a spreadsheet. */
export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text);
