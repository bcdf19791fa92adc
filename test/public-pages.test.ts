import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { paths } from '../src/paths.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo', {
    env: {
      ORGANISATION_NAME: 'Testrup Kommune',
      CONTACT_EMAIL: 'puljer@testrup.dk',
      CONTACT_PHONE: '70 10 20 30',
      ACCESSIBILITY_CONTACT_EMAIL: 'webtilgaengelighed@testrup.dk',
      DPO_EMAIL: 'dpo@testrup.dk',
      ACCESSIBILITY_STATEMENT_DATE: '2026-11-15',
      PUBLIC_URL: 'https://puljer.testrup.dk',
    },
  });
});
afterAll(() => t.close());

const headings = (html: string) => [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);

describe('the accessibility statement', () => {
  it('answers without login in Digitaliseringsstyrelsen’s format with the configured authority and contact', async () => {
    const res = await t.anonymous().get(paths.accessibility());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Tilgængelighedserklæring</h1>');
    expect(headings(html)).toEqual([
      'Overholdelsesstatus',
      'Indhold der ikke er tilgængeligt',
      'Udarbejdelse af denne erklæring',
      'Feedback og kontaktoplysninger',
      'Håndhævelsesprocedure',
    ]);
    expect(html).toContain('Testrup Kommune');
    expect(html).toContain('https://puljer.testrup.dk');
    expect(html).toContain('delvist WCAG 2.1 niveau AA');
    expect(html).toContain('EN 301 549');
    expect(html).toContain('15. november 2026');
    expect(html).toContain('href="mailto:webtilgaengelighed@testrup.dk"');
    expect(html).toContain('70 10 20 30');
    expect(html).toMatch(/<a href="https:\/\/www\.digst\.dk\/digital-inklusion\/tilgaengelighed">Du kan klage til Digitaliseringsstyrelsen<\/a>/);
  });
});

describe('the privacy notice', () => {
  it('answers without login with the GDPR art. 13 sections, the data controller and the DPO', async () => {
    const res = await t.anonymous().get(paths.privacy());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Behandling af personoplysninger</h1>');
    expect(headings(html)).toEqual([
      'Dataansvarlig',
      'Databeskyttelsesrådgiver',
      'Formål og retsgrundlag',
      'Kategorier af personoplysninger',
      'Modtagere',
      'Opbevaring',
      'Dine rettigheder',
      'Automatiske afgørelser',
    ]);
    expect(html).toContain('Testrup Kommune er dataansvarlig');
    expect(html).toContain('href="mailto:puljer@testrup.dk"');
    expect(html).toContain('href="mailto:dpo@testrup.dk"');
    expect(html).toContain('artikel 6, stk. 1, litra e');
    expect(html).toContain('helbredsoplysninger');
    expect(html).toContain('5 år');
    expect(html).toMatch(/<a href="https:\/\/www\.datatilsynet\.dk\/">klage til Datatilsynet<\/a>/);
  });

  it('is shown in English when English is chosen', async () => {
    const res = await t.app.request(paths.privacy(), { headers: { cookie: 'vtp_lang=en' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Processing of personal data</h1>');
    expect(html).toContain('Testrup Kommune is the data controller');
  });
});

describe('the footer', () => {
  it('links to both pages, logged out and logged in', async () => {
    const pages = [await t.anonymous().get(paths.accounts.login()), await (await t.as('sekretariat@vejle.demo')).get(paths.home())];
    for (const res of pages) {
      expect(res.status).toBe(200);
      const footer = (await res.text()).split('<footer')[1] ?? '';
      expect(footer).toContain(`href="${paths.accessibility()}"`);
      expect(footer).toContain(`href="${paths.privacy()}"`);
    }
  });
});
