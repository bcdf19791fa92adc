import { z } from 'zod';
import { errorCatalogue, type ErrorCode } from '../../errors.js';
import { registeredOperations, type OperationSpec } from './registry.js';

const errorSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'Stable error code, e.g. VALIDATION_FAILED' }),
    message: z.string().meta({ description: 'Danish message for people' }),
    fields: z.record(z.string(), z.string()).optional().meta({ description: 'Field path → Danish message' }),
  }),
});

const toSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

/** A use case's input schema as the request body: the ids it takes from the path are not part of the body. */
function bodySchema(op: OperationSpec): Record<string, unknown> | undefined {
  if (!op.body) return undefined;
  const schema = toSchema(op.body, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  const fromPath = new Set([...op.path.matchAll(/:(\w+)/g)].map((m) => m[1]));
  if (schema.properties) for (const name of fromPath) if (name) delete schema.properties[name];
  if (schema.required) schema.required = schema.required.filter((name) => !fromPath.has(name));
  return schema;
}

const errorDescriptions: Record<number, string> = {
  400: 'Bad request',
  401: 'Not logged in',
  403: 'Not allowed for your role',
  404: 'Not found (or in another organisation)',
  409: 'Refused in the current state',
  413: 'Too large',
  415: 'Unsupported media type',
  422: 'Invalid input (fields name what is wrong)',
  429: 'Too many attempts',
  503: 'Unavailable',
};

/** 4xx answers of an operation: its declared refusals plus 401/403/404 for every non-public one, each with the error body. */
function errorResponses(op: OperationSpec): Record<string, unknown> {
  const codes: ErrorCode[] = [
    ...(op.public ? [] : (['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const)),
    // A body is read as JSON (400 when it is not) and validated (422) by the use case's schema.
    ...(op.body ? (['BAD_REQUEST', 'VALIDATION_FAILED'] as const) : op.query ? (['VALIDATION_FAILED'] as const) : []),
    ...(op.errors ?? []),
  ];
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(errorCatalogue[code].status, [...(byStatus.get(errorCatalogue[code].status) ?? []), code]);
  const out: Record<string, unknown> = {};
  for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    out[String(status)] = {
      description: `${errorDescriptions[status] ?? 'Error'}: ${[...new Set(list)].join(', ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return out;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the use cases validate with. */
export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of registeredOperations()) {
    const path = op.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...op.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    if (op.query) {
      const q = toSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(q.properties ?? {})) {
        parameters.push({ name, in: 'query', required: (q.required ?? []).includes(name), schema: schema as { type: string } });
      }
    }
    const status = String(op.successStatus ?? 200);
    const responses: Record<string, unknown> = {
      [status]: op.response
        ? { description: 'OK', content: { [op.responseContentType ?? 'application/json']: { schema: toSchema(op.response, 'output') } } }
        : { description: op.responseContentType ? 'File' : 'OK', ...(op.responseContentType ? { content: { [op.responseContentType]: {} } } : {}) },
      ...errorResponses(op),
      default: { description: 'Unexpected error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    };
    // Placeholder ids for the documented example; `poolYear` names a year of the pool's period, not an id.
    const example = op.example?.((name) => (name === 'poolYear' ? '2026' : `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`));
    paths[path] ??= {};
    paths[path][op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      tags: [op.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                [op.requestContentType ?? 'application/json']: { schema: bodySchema(op), ...(example && op.method !== 'get' ? { example } : {}) },
              },
            },
          }
        : {}),
      responses,
      ...(op.public ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Velfærdsteknologipuljer API',
      version: '1.0.0',
      license: { name: 'MPL-2.0', identifier: 'MPL-2.0' },
      description: 'JSON API over the same use cases as the web pages. Money is integer øre.',
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'Personal API token (vtp_…)' },
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: 'vtp_session',
          description: 'Session from `login`; state-changing calls then need the X-CSRF-Token header',
        },
      },
      schemas: { Error: toSchema(errorSchema, 'output') },
    },
    paths,
  };
}
