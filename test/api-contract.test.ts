/**
 * The API's contract as a client sees it: the OpenAPI document passes Redocly's recommended lint
 * (the same rules as `redocly lint`), and every operation says what it answers — a response schema
 * for JSON, its 4xx refusals, and an example input wherever it takes one — so a client generated
 * from the document (e.g. with openapi-typescript) is typed, and the tenancy test can call it.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { buildOpenApiDocument } from '../src/web/api/openapi.js';
import { registeredOperations } from '../src/web/api/registry.js';
import pino from 'pino';
import type { Db } from '../src/db/client.js';

beforeAll(() => {
  // Building the app registers every operation; no request reaches the database here.
  createApp({ db: {} as Db, config: loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }) });
});

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended lint with no error and no warning", async () => {
    const doc = buildOpenApiDocument('https://puljer.vejle.dk');
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
  });

  it('declares a response schema for every operation that answers JSON', () => {
    const missing = registeredOperations()
      .filter((op) => (op.successStatus ?? 200) !== 204 && !op.responseContentType && !op.response)
      .map((op) => op.operationId);
    expect(missing).toEqual([]);
  });

  it('declares an example input for every operation that takes a JSON body or a query', () => {
    const missing = registeredOperations()
      .filter((op) => (op.body || op.query) && !op.requestContentType && !op.example)
      .map((op) => op.operationId);
    expect(missing).toEqual([]);
  });

  it("every example input passes the operation's own body schema", () => {
    const id = (name: string) => (name === 'poolYear' ? '2026' : `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`);
    const failing = registeredOperations()
      .filter((op) => op.example && op.body && op.method !== 'get')
      .filter((op) => {
        // The use case takes the path's ids too; the handler adds them to the body.
        const fromPath = Object.fromEntries([...op.path.matchAll(/:(\w+)/g)].map((m) => [m[1], id(m[1] ?? '')]));
        return !op.body?.safeParse({ ...op.example?.(id), ...fromPath }).success;
      })
      .map((op) => op.operationId);
    expect(failing).toEqual([]);
  });
});
