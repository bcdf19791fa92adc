import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.js';
import { isJsonContentType, requireActor } from '../session.js';
import type { Actor } from '../../usecases/shared/actor.js';
import type { ErrorCode } from '../../errors.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One JSON operation: the route, its documentation and its schemas, in one place. */
export interface OperationSpec {
  operationId: string;
  method: Method;
  /** Hono-style path below /api/v1, e.g. `/pools/:poolId`. */
  path: string;
  summary: string;
  tag: string;
  /** The use case's input schema; documented as the request body. The use case itself validates. */
  body?: z.ZodType;
  query?: z.ZodType;
  /** Documented response body (omit for 204). */
  response?: z.ZodType;
  successStatus?: 200 | 201 | 202 | 204;
  /** Operations that need no login (only `login`). */
  public?: boolean;
  /** Content type of the body when not JSON (uploads, exports). */
  requestContentType?: string;
  responseContentType?: string;
  /**
   * A valid input, for the documentation and for the tenancy test (which sends it with another
   * organisation's ids and expects 404): the body (or the query of a GET), built from the ids it
   * names — `id('budgetLineId')` — so the test can fill in real objects.
   */
  example?: (id: (name: string) => string) => Record<string, unknown>;
  /** The refusals (4xx) this operation can answer with, besides 401/403/404, which every non-public operation has. */
  errors?: readonly ErrorCode[];
}

export interface ApiInput {
  c: Context<AppEnv>;
  params: Record<string, string>;
  body: unknown;
  query: Record<string, string>;
}

const operations: OperationSpec[] = [];

/** The registered operations, for the OpenAPI document (shared by every app instance in the process). */
export const registeredOperations = (): readonly OperationSpec[] => operations;

/**
 * Register a JSON operation on the API router. The handler gets the actor (401 first if none) and the
 * raw input, calls one use case and returns its result; the registry serialises it.
 */
export function defineOperation<A extends boolean = false>(
  router: Hono<AppEnv>,
  spec: OperationSpec & { public?: A },
  handler: (actor: A extends true ? Actor | null : Actor, input: ApiInput) => Promise<unknown>,
): void {
  if (!operations.some((o) => o.operationId === spec.operationId)) operations.push(spec);
  router.on(spec.method.toUpperCase(), spec.path, async (c) => {
    const actor = spec.public ? c.get('actor') : requireActor(c);
    const body = spec.method === 'get' || spec.method === 'delete' ? undefined : await readJsonBody(c);
    const result = await handler(actor as Actor, { c, params: c.req.param() as Record<string, string>, body, query: c.req.query() });
    if (result instanceof Response) return result;
    const status = spec.successStatus ?? 200;
    if (status === 204) return c.body(null, 204);
    return c.json(result ?? null, status);
  });
}

async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  if (!isJsonContentType(c.req.header('content-type'))) return undefined; // multipart handlers read the body themselves
  const text = await c.req.text();
  if (text.trim() === '') return undefined; // an action without a body (submit, publish) may still send the JSON header
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const { AppError } = await import('../../errors.js');
    throw new AppError('BAD_REQUEST', { message: { da: 'Kroppen er ikke gyldig JSON.', en: 'The body is not valid JSON.' } });
  }
}
