import { describe, expect, it } from 'vitest';
import { browserSuite, expectNoAxeViolations, login, openPage } from './support/index.js';
import { paths } from '../src/paths.js';

const suite = browserSuite();

describe('the accessibility statement and the privacy notice in the browser', () => {
  for (const loggedIn of [false, true]) {
    it(`${loggedIn ? 'logged in' : 'logged out'}: both pages reached from the footer, no axe violations and no sideways scroll at 1280 and 375 px`, async () => {
      const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
      if (loggedIn) await login(page, 'ansoeger@horsens.demo');
      else await page.goto(paths.accounts.login());
      for (const [href, heading] of [
        [paths.accessibility(), 'Tilgængelighedserklæring'],
        [paths.privacy(), 'Behandling af personoplysninger'],
      ] as const) {
        await Promise.all([page.waitForURL(`**${href}`), page.locator(`footer a[href="${href}"]`).click()]);
        expect(await page.locator('h1').textContent()).toBe(heading);
        for (const width of [1280, 375]) {
          await page.setViewportSize({ width, height: 900 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await expectNoAxeViolations(page);
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
