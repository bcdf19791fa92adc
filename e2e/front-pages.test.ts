import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/db/schema/accounts.js';
import { organisations } from '../src/db/schema/organisations.js';
import { pools } from '../src/db/schema/pools.js';
import { paths } from '../src/paths.js';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { createApplication } from '../src/usecases/applications/create-application.js';
import { notify } from '../src/usecases/notifications/notify.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS } from './support/index.js';

const suite = browserSuite();
const ROLES = ['ansoeger', 'sekretariat', 'bedoemmer', 'raad', 'oekonomi'] as const;

beforeAll(async () => {
  const db = suite.server.db;
  // Every demo person in Vejle gets unread notifications (the header shows their number), the applicant a draft.
  for (const [i, role] of ROLES.entries()) {
    const [u] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, `${role}@vejle.demo`));
    if (!u) throw new Error(`no ${role}`);
    const unread = i + 1;
    for (let n = 0; n < unread; n++) {
      await notify(db, {
        userIds: [u.id],
        organisationId: null,
        kind: 'test',
        title: { da: `Besked ${n + 1}`, en: `Message ${n + 1}` },
        body: { da: 'En besked til forsiden.', en: 'A message for the front page.' },
        email: false,
      });
    }
  }
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
  const [pool] = await db
    .select({ id: pools.id })
    .from(pools)
    .where(eq(pools.organisationId, org?.id ?? ''));
  const [applicant] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'ansoeger@vejle.demo'));
  const actor = await loadActor(db, applicant?.id ?? '');
  if (!actor || !pool) throw new Error('no demo applicant or pool');
  await createApplication(db, actor, { poolId: pool.id, title: 'Sensorgulve på plejecentret' });
});

describe('each role’s front page', () => {
  for (const [i, role] of ROLES.entries()) {
    it(`${role}: its work, the unread count in the header, no axe violations, no sideways scroll at 1280 and 375 px`, async () => {
      const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
      await login(page, `${role}@vejle.demo`);
      expect(new URL(page.url()).pathname).toBe(paths.home());
      // At least one section of this role's own work, with a count.
      expect(await page.locator('section.my-work-section h3 .badge').count()).toBeGreaterThan(0);
      if (role === 'ansoeger') await expect.poll(() => page.locator('[data-work="applying.drafts"]').textContent()).toContain('Sensorgulve på plejecentret');

      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        const count = page.locator('.header-notifications-link [data-unread-count]');
        expect(await count.isVisible()).toBe(true);
        expect(await count.textContent()).toBe(String(i + 1));
        expect(await page.locator('.header-notifications-link').getAttribute('href')).toBe(paths.notifications.list());
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOTS}/front-${role}-${width}.png`, fullPage: true });
        await expectNoAxeViolations(page);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('the header count leads to the notifications, where one is marked read and the count goes down', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@vejle.demo');
    await page.setViewportSize({ width: 375, height: 900 });
    await clickAndWait(page, page.locator('.header-notifications-link'));
    expect(new URL(page.url()).pathname).toBe(paths.notifications.list());
    await expectNoAxeViolations(page);
    const before = Number(await page.locator('[data-unread-count]').textContent());
    await clickAndWait(page, page.getByRole('button', { name: /Markér som læst/ }).first());
    expect(await page.locator('[data-unread-count]').textContent()).toBe(String(before - 1));
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
