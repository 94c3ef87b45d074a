/**
 * Finds the sub-schemas of a zod schema at a document path, guided by the document
 * itself where a union has to choose. Lets messages name the keys an object really
 * accepts (for "did you mean") and describe what a value should look like.
 */
import { z } from 'zod';
import type { IssuePath } from '../util/issues.js';
import { isRecord, valueAt } from './raw.js';

type Schema = z.core.$ZodType;

/** Strips wrappers that do not change the shape: optional, default, pipe input, ... */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodReadonly ||
      current instanceof z.ZodCatch
    ) {
      current = current.def.innerType;
    } else if (current instanceof z.ZodPipe) {
      current = current.def.in;
    } else if (current instanceof z.ZodLazy) {
      current = current.def.getter();
    } else {
      return current;
    }
  }
  return current;
}

function literalValues(schema: Schema): readonly unknown[] {
  const inner = unwrap(schema);
  return inner instanceof z.ZodLiteral ? [...inner.def.values] : [];
}

/** The options of a union that can describe `value` (all of them when none can). */
function unionOptions(union: z.ZodUnion, value: unknown): Schema[] {
  const options = [...union.def.options];
  let fitting: Schema[];
  if (union instanceof z.ZodDiscriminatedUnion) {
    const key = union.def.discriminator;
    const tag = isRecord(value) ? value[key] : undefined;
    fitting = options.filter((option) => {
      const inner = unwrap(option);
      const field = inner instanceof z.ZodObject ? inner.shape[key] : undefined;
      return field !== undefined && literalValues(field).includes(tag);
    });
  } else {
    fitting = options.filter((option) => {
      const inner = unwrap(option);
      if (isRecord(value)) return inner instanceof z.ZodObject || inner instanceof z.ZodRecord;
      if (Array.isArray(value)) return inner instanceof z.ZodArray || inner instanceof z.ZodTuple;
      return !(inner instanceof z.ZodObject || inner instanceof z.ZodArray);
    });
  }
  return fitting.length > 0 ? fitting : options;
}

/** Expands unions so that every returned schema is a concrete one. */
function concrete(schema: Schema, value: unknown): Schema[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodUnion) {
    return unionOptions(inner, value).flatMap((option) => concrete(option, value));
  }
  return [inner];
}

function child(schema: Schema, part: string | number): Schema | undefined {
  if (schema instanceof z.ZodObject) return schema.shape[String(part)] ?? undefined;
  if (schema instanceof z.ZodArray) return schema.def.element;
  if (schema instanceof z.ZodTuple)
    return typeof part === 'number' ? schema.def.items[part] : undefined;
  if (schema instanceof z.ZodRecord) return schema.def.valueType;
  return undefined;
}

/** Every schema (before union expansion) that may apply at `path` of `root`. */
export function schemasAt(root: Schema, path: IssuePath, document: unknown): Schema[] {
  let schemas: Schema[] = [root];
  let value = document;
  for (const part of path) {
    schemas = schemas
      .flatMap((schema) => concrete(schema, value))
      .flatMap((schema) => child(schema, part) ?? []);
    value = valueAt(value, [part]);
  }
  return schemas;
}

/** The keys an object at `path` accepts (the union of all fitting object schemas). */
export function knownKeysAt(root: Schema, path: IssuePath, document: unknown): string[] {
  const keys = new Set<string>();
  const value = valueAt(document, path);
  for (const schema of schemasAt(root, path, document).flatMap((s) => concrete(s, value))) {
    if (schema instanceof z.ZodObject) for (const key of Object.keys(schema.shape)) keys.add(key);
  }
  return [...keys];
}

/** The `description` metadata of the schema at `path`, if one was given. */
export function descriptionAt(
  root: Schema,
  path: IssuePath,
  document: unknown,
): string | undefined {
  for (const schema of schemasAt(root, path, document)) {
    const direct = z.globalRegistry.get(schema)?.description;
    if (direct !== undefined) return direct;
    const inner = z.globalRegistry.get(unwrap(schema))?.description;
    if (inner !== undefined) return inner;
  }
  return undefined;
}
