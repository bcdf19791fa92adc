import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';

/** The foundation issue's operationIds; later issues' ids are checked in their own tests. */
const foundationOperationIds = ['login', 'logout', 'getCurrentUser', 'listOrganisations', 'listPools', 'getPool', 'createPool', 'updatePool'];

interface Operation {
  operationId?: string;
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses?: Record<string, unknown>;
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, Operation>>;
}

let t: TestApp;
let doc: OpenApiDocument;
beforeAll(async () => {
  t = await createTestApp('empty');
  const res = await t.anonymous().get('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as OpenApiDocument;
});
afterAll(() => t.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
  });

  it('gives every operation a unique operationId and an error response', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.filter(({ op }) => !op.operationId).map((o) => o.key)).toEqual([]);
    const ids = ops.map(({ op }) => op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ops.filter(({ op }) => !op.responses?.default).map((o) => o.key)).toEqual([]);
  });

  it("documents every API route the app serves, and nothing it doesn't", () => {
    // A second route registered under an operationId already in use would be missing here.
    const served = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/') && r.path !== '/api/v1/openapi.json')
        .map((r) => `${r.method} ${r.path.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(operations().map((o) => o.key));
    expect([...served].filter((k) => !documented.has(k))).toEqual([]);
    expect([...documented].filter((k) => !served.has(k))).toEqual([]);
  });

  it('documents JSON request bodies with a schema', () => {
    const missing = operations().filter(({ op }) => op.requestBody && Object.values(op.requestBody.content).some((c) => c.schema === undefined));
    expect(missing.map((o) => o.key)).toEqual([]);
  });

  it("has the foundation's operationIds", () => {
    const ids = new Set(operations().map(({ op }) => op.operationId));
    expect(foundationOperationIds.filter((id) => !ids.has(id))).toEqual([]);
  });
});
