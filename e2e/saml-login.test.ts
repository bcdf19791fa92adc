/**
 * SAML login in the browser: our signed AuthnRequest takes the browser to a test IdP on loopback, whose
 * page posts the signed response to our ACS (a form with a button, as an IdP page without JavaScript);
 * the person lands, logged in with the role from the privileges attribute. A tampered response gives
 * our Danish error page. Axe at 1280 and 375 px on our pages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { identityProviders, organisations, roleMappings } from '../src/db/schema/index.js';
import { paths } from '../src/paths.js';
import { KOMBIT_PRIVILEGES_ATTRIBUTE } from '../src/usecases/identity/saml-claims.js';
import { startSamlLogin } from '../src/usecases/identity/saml-login.js';
import { spAcsUrl, spEntityId } from '../src/usecases/identity/saml-service-provider.js';
import { secretBox } from '../src/usecases/identity/secret-box.js';
import { privilegesAttribute, readAuthnRequest, samlResponse, testIdp, testSp } from '../test/support/saml-idp.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, openPage } from './support/index.js';

const suite = browserSuite();
const secrets = secretBox(loadConfig({ NODE_ENV: 'test' }).sessionSecret);
const PRIVILEGE = 'http://vejle.dk/roles/usersystemrole/vtp-sekretariat/1';
let idpServer: Server;
let providerId = '';

/** The IdP's page: the signed response in a form that posts to our ACS (tampered when `?tamper=1`). */
function idpPage(url: URL): string {
  const request = readAuthnRequest(url.href);
  const baseUrl = suite.server.baseUrl;
  const response = samlResponse(idp, {
    inResponseTo: request.id,
    audience: spEntityId(baseUrl, providerId),
    acsUrl: spAcsUrl(baseUrl, providerId),
    nameId: 'browser-user',
    attributes: { email: ['browser.saml@vejle.test'], name: ['Birgit Browser'], [KOMBIT_PRIVILEGES_ATTRIBUTE]: [privilegesAttribute([PRIVILEGE])] },
    ...(url.searchParams.has('tamper') ? { tamper: (xml: string) => xml.replace('Birgit Browser', 'Birgit Br0wser') } : {}),
  });
  return `<!doctype html><html lang="da"><title>Test-IdP</title><form method="post" action="${request.acsUrl}">
    <input type="hidden" name="SAMLResponse" value="${response}"><button type="submit">Fortsæt til tjenesten</button></form></html>`;
}
const idp = testIdp('idp', 'https://saml.vejle.test/context-handler');

beforeAll(async () => {
  idpServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/sso' || !url.searchParams.has('SAMLRequest')) return void res.writeHead(204).end(); // the favicon: no console error on the IdP's page
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(idpPage(url));
  });
  await new Promise<void>((resolve) => idpServer.listen(0, '127.0.0.1', resolve));
  const ssoUrl = `http://127.0.0.1:${(idpServer.address() as AddressInfo).port}/sso`;
  const db = suite.server.db;
  const [vejle] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
  const [row] = await db
    .insert(identityProviders)
    .values({
      organisationId: vejle?.id ?? '',
      kind: 'saml',
      displayName: 'Vejle Kommune (KOMBIT)',
      samlIdpEntityId: idp.entityId,
      samlSsoUrl: ssoUrl,
      samlIdpCertificate: idp.certificate,
      spPrivateKeyEnc: secrets.seal(testSp().privateKey),
      spCertificate: testSp().certificate,
      groupsClaim: KOMBIT_PRIVILEGES_ATTRIBUTE,
    })
    .returning({ id: identityProviders.id });
  providerId = row?.id ?? '';
  await db.insert(roleMappings).values({ organisationId: vejle?.id ?? '', providerId, claimValue: PRIVILEGE, role: 'secretariat' });
});
afterAll(() => new Promise<void>((resolve) => (idpServer ? idpServer.close(() => resolve()) : resolve())));

const redirectToIdp = async (query = '') => {
  const { redirectUrl } = await startSamlLogin(suite.server.db, providerId, { returnPath: paths.pools.list(), publicUrl: suite.server.baseUrl, secrets });
  return redirectUrl + query;
};

async function axeAtBothWidths(page: import('playwright-core').Page): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('SAML login in the browser', () => {
  it('the IdP posts a signed response: the person lands on the pools, logged in as Vejle’s secretariat', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await page.goto(await redirectToIdp());
    await clickAndWait(page, page.getByRole('button', { name: 'Fortsæt til tjenesten' }));
    expect(new URL(page.url()).pathname).toBe(paths.pools.list());
    expect(await page.content()).toContain('Birgit Browser');
    await axeAtBothWidths(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a tampered response gives the Danish refusal page and no session', async () => {
    const { page, context } = await openPage(suite.browser, suite.server.baseUrl);
    await page.goto(await redirectToIdp('&tamper=1'));
    await clickAndWait(page, page.getByRole('button', { name: 'Fortsæt til tjenesten' }));
    expect(await page.locator('main').textContent()).toContain('Signaturen på svaret fra identitetsudbyderen kunne ikke godkendes');
    await axeAtBothWidths(page);
    expect((await context.cookies()).some((c) => c.name === 'vtp_session')).toBe(false);
    await context.close();
  });
});
