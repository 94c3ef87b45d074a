import { expect, test } from 'vitest';
import { SPEC_SCHEMA_ID, specJsonSchema } from './json-schema.js';

type Json = Record<string, unknown>;
const at = (value: unknown, ...keys: (string | number)[]): Json => {
  let node = value;
  for (const key of keys) node = (node as Json)[key];
  return node as Json;
};

const schema = specJsonSchema();

test('identifies itself as a draft 2020-12 schema', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.$id).toBe(SPEC_SCHEMA_ID);
  expect(schema.title).toBe('Partnerfolio portfolio spec');
  expect(typeof schema.description).toBe('string');
});

test('describes the spec as written: required fields, defaults optional, strict objects', () => {
  expect(schema.type).toBe('object');
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toStrictEqual(['version', 'partners']);
  expect(at(schema, 'properties', 'version')).toMatchObject({ const: 1 });
  expect(at(schema, 'properties', 'netModel')).toMatchObject({
    enum: ['net', 'seed'],
    default: 'net',
  });
  const partner = at(schema, 'properties', 'partners', 'items');
  expect(at(schema, 'properties', 'partners').type).toBe('array');
  expect(partner.additionalProperties).toBe(false);
  expect(partner.required).toStrictEqual(['id', 'kind', 'scores', 'cost', 'return']);
  expect(Object.keys(at(partner, 'properties'))).toStrictEqual([
    'id',
    'name',
    'kind',
    'domains',
    'offers',
    'scores',
    'scoreDistributions',
    'cost',
    'return',
    'uses',
    'alpha',
    'beta',
    'status',
    'exitCost',
    'onboardingCost',
    'delivery',
  ]);
  expect(at(schema, 'properties', 'resources', 'additionalProperties')).toMatchObject({
    minimum: 0,
  });
});

test('a distribution is a number or an object with one form', () => {
  const cost = at(schema, 'properties', 'partners', 'items', 'properties', 'cost');
  const [number, forms] = cost.anyOf as Json[];
  expect(number).toStrictEqual({ type: 'number', minimum: -1e12, maximum: 1e12 });
  expect(Object.keys(at(forms, 'properties'))).toStrictEqual([
    'uniform',
    'triangular',
    'pert',
    'normal',
    'lognormal',
  ]);
  expect(forms).toMatchObject({ minProperties: 1, maxProperties: 1, additionalProperties: false });
});

test('AHP cells accept numbers and fraction strings', () => {
  const ahp = (at(schema, 'properties', 'weighting').oneOf as Json[])[1];
  const cell = at(ahp, 'properties', 'matrix', 'items', 'items');
  expect((cell.anyOf as Json[]).map((c) => c.type)).toStrictEqual(['number', 'string']);
  const pattern = new RegExp(String((cell.anyOf as Json[])[1]?.pattern));
  expect(pattern.test('1/3')).toBe(true);
  expect(pattern.test('one')).toBe(false);
});

test('is plain JSON and a fresh copy each call', () => {
  expect(JSON.parse(JSON.stringify(schema))).toStrictEqual(schema);
  const other = specJsonSchema();
  expect(other).not.toBe(schema);
  expect(other).toStrictEqual(schema);
});
