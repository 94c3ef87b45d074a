import type { FastifyInstance } from 'fastify';

export interface Operation {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly spec: OperationSpec;
}

export interface OperationSpec {
  readonly 'x-access'?: string;
  readonly security?: readonly unknown[];
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
  readonly requestBody?: { readonly content?: Record<string, unknown> };
}

type OpenApi = { paths: Record<string, Record<string, OperationSpec>> };

/** Every operation of the app's OpenAPI document, as `METHOD /path/{param}`. */
export async function operationsOf(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  const doc = res.json<OpenApi>();
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, spec]) => ({
        key: `${m.toUpperCase()} ${path}`,
        method: m.toUpperCase(),
        path,
        spec,
      })),
  );
}
