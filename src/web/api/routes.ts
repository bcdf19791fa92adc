import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { accountApi } from './accounts/routes.js';
import { applicationApi } from './applications/routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { ledgerApi } from './ledger/routes.js';
import { poolApi } from './pools/routes.js';
import { assessmentApi } from './assessment/routes.js';
import { projectApi } from './projects/routes.js';
import { projectOutcomeApi } from './projects/outcome-routes.js';
import { meetingApi } from './meetings/routes.js';
import { homeApi } from './home/routes.js';
import { lookupApi } from './lookups/routes.js';
import { recordsApi } from './records/routes.js';
import { identityApi } from './identity/routes.js';
import { userApi } from './users/routes.js';
import { catalogueApi } from './catalogue/routes.js';
import { guideApi } from './guide/routes.js';
import { networkApi } from './network/routes.js';
import { securityApi } from './security/routes.js';
import { trainingApi } from './training/routes.js';
import { webhookApi } from './webhooks/routes.js';
import { retentionApi } from './retention/routes.js';

/** Every JSON route under /api/v1, one router per area. */
export function apiRoutes(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.route('/', accountApi());
  api.route('/', poolApi());
  api.route('/', ledgerApi());
  api.route('/', applicationApi());
  api.route('/', assessmentApi());
  api.route('/', projectApi());
  api.route('/', projectOutcomeApi());
  api.route('/', meetingApi());
  api.route('/', homeApi());
  api.route('/', lookupApi());
  api.route('/', recordsApi());
  api.route('/', identityApi());
  api.route('/', userApi());
  api.route('/', catalogueApi());
  api.route('/', guideApi());
  api.route('/', networkApi());
  api.route('/', securityApi());
  api.route('/', trainingApi());
  api.route('/', webhookApi());
  api.route('/', retentionApi());
  // The document only changes when routes are registered, i.e. never after start: build it once.
  let document: { url: string; json: ReturnType<typeof buildOpenApiDocument> } | undefined;
  api.get('/openapi.json', (c) => {
    const url = c.get('deps').config.publicUrl;
    if (document?.url !== url) document = { url, json: buildOpenApiDocument(url) };
    return c.json(document.json);
  });
  return api;
}
