/**
 * A `.yaml` file read without the YAML library when it keeps to the plain subset that
 * hand-written specs use: block mappings and sequences indented with spaces, one-line
 * flow collections (`[1, "1/2"]`, `{ id: tech, kind: benefit }`), one-line plain and
 * quoted scalars, and comments. The library builds a tree with positions through a
 * generator-based parser, which costs a fresh process (the CLI) a few hundred milliseconds
 * on a 20 kB file before its code warms up; this reader takes a few.
 *
 * It is a fast path, never a second dialect: whatever it is not sure of (anchors, aliases,
 * tags, block or multi-line scalars, escapes, quoted or odd keys, multi-line flow, tabs,
 * directives, duplicate or reserved keys, a document past the limits) returns `undefined`,
 * and the caller takes the full reader, which gives the same value and the same issues.
 * Plain scalars resolve by the YAML 1.2 core schema exactly as the library resolves them
 * (its tests and resolvers, in its order). Positions are found by the full reader only
 * when an issue needs placing.
 */
import { measure } from './json-fast.js';
import { RESERVED } from './reserved-name.js';

/** Thrown inside the reader: the text is outside the subset. */
const BAIL = Symbol('bail');
const bail = (): never => {
  throw BAIL;
};

/** Characters the subset refuses anywhere: tabs, carriage returns, controls, a BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const REFUSED = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;

/** The YAML 1.2 core schema's scalar tests, in the library's order (first match wins). */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value, as the library's core schema resolves it. */
function resolvePlain(s: string): unknown {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return Number.parseInt(s.substring(2), 8);
  if (INT.test(s)) return Number.parseInt(s, 10);
  if (INT_HEX.test(s)) return Number.parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return Number.parseFloat(s);
  return s;
}

/** Indicators a plain scalar may not start with (`-` only when a space follows). */
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;

/** A block mapping key: a plain scalar that resolves to a string, on one line. */
const KEY = /^[^\s?:,[\]{}#&*!|>'"%@`-][^:#]*?$|^-[^\s:#][^:#]*?$/;

/** Sets `key` as the library's toJS does (own property even for a name on the prototype). */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(map, key)) bail(); // a duplicate: the full reader reports it
  if (key in map)
    Object.defineProperty(map, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else map[key] = value;
}

function plainKey(text: string): string {
  const key = text.trimEnd();
  if (key === '' || key.length > 1000 || key === '<<' || !KEY.test(key)) bail();
  if (typeof resolvePlain(key) !== 'string') bail();
  return key;
}

interface Line {
  readonly indent: number;
  /** The line without its indentation; never empty, never a comment alone. */
  readonly text: string;
}

/** The rest of a line after a value: nothing, or a comment after a space. */
function endOfLine(text: string, at: number): void {
  let i = at;
  while (text[i] === ' ') i++;
  if (i < text.length && !(text[i] === '#' && (i === at ? i === 0 || text[i - 1] === ' ' : true)))
    bail();
}

/** A quoted scalar starting at `at` on one line: its value and the index after it. */
function quoted(text: string, at: number): [string, number] {
  const q = text[at] as string;
  let out = '';
  let i = at + 1;
  for (;;) {
    const end = text.indexOf(q, i);
    if (end === -1) bail();
    if (q === '"') {
      out = text.slice(i, end);
      if (out.includes('\\')) bail();
      return [out, end + 1];
    }
    out += text.slice(i, end);
    if (text[end + 1] === "'") {
      out += "'";
      i = end + 2;
    } else return [out, end + 1];
  }
}

/** A one-line flow collection or scalar inside one, from `at`: its value and the index after. */
function flow(text: string, at: number, depth: number): [unknown, number] {
  if (depth > 64) bail();
  let i = at;
  while (text[i] === ' ') i++;
  const c = text[i];
  if (c === '[') {
    const seq: unknown[] = [];
    i++;
    while (text[i] === ' ') i++;
    if (text[i] === ']') return [seq, i + 1];
    for (;;) {
      const [value, next] = flow(text, i, depth + 1);
      seq.push(value);
      i = next;
      while (text[i] === ' ') i++;
      if (text[i] === ',') i++;
      else if (text[i] === ']') return [seq, i + 1];
      else bail();
    }
  }
  if (c === '{') {
    const map: Record<string, unknown> = {};
    i++;
    while (text[i] === ' ') i++;
    if (text[i] === '}') return [map, i + 1];
    for (;;) {
      while (text[i] === ' ') i++;
      const colon = text.indexOf(':', i);
      if (colon === -1 || text[colon + 1] !== ' ') bail();
      const key = plainKey(text.slice(i, colon));
      if (/[,[\]{}]/.test(key)) bail();
      const [value, next] = flow(text, colon + 1, depth + 1);
      setKey(map, key, value);
      i = next;
      while (text[i] === ' ') i++;
      if (text[i] === ',') i++;
      else if (text[i] === '}') return [map, i + 1];
      else bail();
    }
  }
  if (c === '"' || c === "'") return quoted(text, i);
  // A plain scalar ends at a flow indicator; anything a comment or a key could hide in bails.
  let end = i;
  while (end < text.length && !',[]{}'.includes(text[end] as string)) end++;
  const raw = text.slice(i, end).trimEnd();
  if (raw === '' || INDICATOR.test(raw) || /[:#[\]{}]/.test(raw)) bail();
  return [resolvePlain(raw), end];
}

/** Reads block nodes from the prepared lines. */
class Reader {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  get done(): boolean {
    return this.i >= this.lines.length;
  }

  private peek(): Line | undefined {
    return this.lines[this.i];
  }

  /** The block node at the current line, whose indentation is `indent`. */
  block(indent: number): unknown {
    const line = this.peek() as Line;
    return isItem(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private sequence(indent: number): unknown[] {
    const seq: unknown[] = [];
    for (let line = this.peek(); line && line.indent === indent && isItem(line.text); ) {
      let at = 1;
      while (line.text[at] === ' ') at++;
      const rest = line.text.slice(at);
      if (rest === '' || rest[0] === '#') {
        if (rest !== '' && at === 1) bail();
        this.i++;
        seq.push(this.nested(indent, false));
      } else if (isItem(rest)) {
        bail();
      } else if (startsMapping(rest)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        this.lines[this.i] = { indent: indent + at, text: rest };
        seq.push(this.mapping(indent + at));
      } else {
        seq.push(this.inlineValue(rest, line.indent));
      }
      line = this.peek();
    }
    this.expectOutdent(indent);
    return seq;
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let line = this.peek(); line && line.indent === indent; ) {
      if (isItem(line.text)) bail();
      const colon = keyEnd(line.text);
      const key = plainKey(line.text.slice(0, colon));
      let at = colon + 1;
      while (line.text[at] === ' ') at++;
      const rest = line.text.slice(at);
      if (rest === '' || rest[0] === '#') {
        if (rest !== '' && at === colon + 1) bail();
        this.i++;
        setKey(map, key, this.nested(indent, true));
      } else {
        setKey(map, key, this.inlineValue(rest, indent));
      }
      line = this.peek();
    }
    this.expectOutdent(indent);
    return map;
  }

  /** The node under a key or `-` with nothing after it on its line (null when none). */
  private nested(indent: number, inMapping: boolean): unknown {
    const next = this.peek();
    if (next === undefined) return null;
    if (next.indent > indent) return this.block(next.indent);
    // `key:` followed by `- item` lines at the key's own indentation.
    if (inMapping && next.indent === indent && isItem(next.text)) return this.sequence(indent);
    return null;
  }

  /** A value on the same line as its key or `-`: a scalar or a one-line flow collection. */
  private inlineValue(text: string, indent: number): unknown {
    let value: unknown;
    let end: number;
    const c = text[0];
    if (c === '[' || c === '{' || c === '"' || c === "'") {
      [value, end] = flow(text, 0, 0);
    } else {
      if (INDICATOR.test(text)) bail();
      const comment = text.search(/ #/);
      const raw = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
      if (raw.includes(': ') || raw.endsWith(':')) bail();
      value = resolvePlain(raw);
      end = raw.length;
    }
    endOfLine(text, end);
    this.i++;
    // A more indented line after a scalar would continue it (or be an error): not ours.
    const next = this.peek();
    if (next !== undefined && next.indent > indent) bail();
    return value;
  }

  /** After a block ends, the next line must belong to an enclosing one. */
  private expectOutdent(indent: number): void {
    const next = this.peek();
    if (next !== undefined && next.indent > indent) bail();
  }
}

const isItem = (text: string): boolean => text[0] === '-' && (text.length === 1 || text[1] === ' ');

/** The index of the `:` that ends a block mapping key on `text`, bailing if there is none. */
function keyEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ')) return i;
  }
  return bail();
}

function startsMapping(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ':' && (i + 1 === text.length || text[i + 1] === ' ')) return true;
    if (c === '#' || c === '"' || c === "'" || c === '[' || c === '{') return false;
  }
  return false;
}

export function readYamlFast(text: string): { value: unknown } | undefined {
  if (text.includes(RESERVED) || REFUSED.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw[indent] === ' ') indent++;
    const body = raw.slice(indent).trimEnd();
    if (body === '' || body[0] === '#') continue;
    // Directives and document markers belong to the full reader.
    if (indent === 0 && (body[0] === '%' || body.startsWith('---') || body.startsWith('...')))
      return undefined;
    lines.push({ indent, text: body });
  }
  const first = lines[0];
  if (first === undefined || first.indent !== 0) return undefined;
  const reader = new Reader(lines);
  let value: unknown;
  try {
    value = reader.block(0);
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
  if (!reader.done || measure(value) === undefined) return undefined;
  return { value };
}
