import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../src/db/schema/applications.js';
import { projects } from '../src/db/schema/projects.js';
import { meetings } from '../src/db/schema/pools.js';
import { seedDemoCases } from '../src/demo/cases.js';
import { paths } from '../src/paths.js';
import { demoPool } from '../test/support/factories.js';
import { browserSuite, expectNoAxeViolations, login, openPage, SCREENSHOTS } from './support/index.js';

/**
 * Issue 11 item 8 (WCAG 1.4.10 Reflow): the main pages of each role in the Vejle demo, at 320 and 375 px,
 * never scroll sideways (wide tables scroll inside their own region), have zero axe violations, and no
 * h1/h2 breaks inside a word.
 */
const suite = browserSuite();
const ids = { poolId: '', draft: '', inReview: '', approved: '', project: '', meeting: '' };

beforeAll(async () => {
  const db = suite.server.db;
  await seedDemoCases(db);
  const pool = await demoPool(db, 'vejle');
  ids.poolId = pool.poolId;
  const byTitle = async (title: string): Promise<string> => {
    const [row] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.poolId, pool.poolId), eq(applications.title, title)));
    if (!row) throw new Error(`no Vejle application ${title}`);
    return row.id;
  };
  ids.draft = await byTitle('Vasketoiletter på Bakkehuset');
  ids.inReview = await byTitle('Telemedicinsk KOL-kuffert i eget hjem');
  ids.approved = await byTitle('Robotstøvsugere i plejeboliger');
  const [project] = await db
    .select({ id: projects.applicationId })
    .from(projects)
    .innerJoin(applications, eq(applications.id, projects.applicationId))
    .where(eq(applications.poolId, pool.poolId));
  ids.project = project?.id ?? ids.approved;
  const [meeting] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.decisionBodyId, pool.bodyId));
  if (!meeting) throw new Error('no Vejle meeting');
  ids.meeting = meeting.id;
}, 120_000);

/** Each role's main pages (built once the ids are known). */
const pagesOf = (): { email: string; pages: { name: string; url: string }[] }[] => [
  {
    email: 'ansoeger@vejle.demo',
    pages: [
      { name: 'front', url: paths.home() },
      { name: 'application-task-list', url: paths.applications.show({ applicationId: ids.draft }) },
      { name: 'applicant-project', url: paths.projects.show({ applicationId: ids.project }) },
    ],
  },
  {
    email: 'sekretariat@vejle.demo',
    pages: [
      { name: 'front', url: paths.home() },
      { name: 'inbox', url: paths.pools.inbox({ poolId: ids.poolId }) },
      { name: 'case', url: paths.assessment.case({ applicationId: ids.inReview }) },
      { name: 'meeting', url: paths.meetings.show({ meetingId: ids.meeting }) },
      { name: 'project', url: paths.projects.show({ applicationId: ids.project }) },
    ],
  },
  {
    email: 'bedoemmer@vejle.demo',
    pages: [
      { name: 'front', url: paths.home() },
      { name: 'review', url: paths.reviews.workspace({ applicationId: ids.inReview }) },
    ],
  },
  {
    email: 'raad@vejle.demo',
    pages: [
      { name: 'front', url: paths.home() },
      { name: 'meeting', url: paths.meetings.show({ meetingId: ids.meeting }) },
    ],
  },
  {
    email: 'oekonomi@vejle.demo',
    pages: [
      { name: 'front', url: paths.home() },
      { name: 'economy', url: paths.ledger.pool({ poolId: ids.poolId }) },
      { name: 'project-economy', url: paths.ledger.project({ applicationId: ids.approved }) },
    ],
  },
];

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  /** Elements wider than the viewport that are not inside a scroll container. */
  wide: string[];
  /** h1/h2 words that the browser drew on more than one line. */
  brokenWords: string[];
  /** Left edges of the task list's step names (one value when they are aligned). */
  taskNameLefts: number[];
}

/** Measure in the page: the document's width, and every word of every visible h1/h2 on one line. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const brokenWords: string[] = [];
    for (const h of Array.from(document.querySelectorAll<HTMLElement>('h1, h2'))) {
      if (h.getClientRects().length === 0) continue; // not shown
      const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Words as a line may break them: a break after a hyphen or a slash ("KOL-/kuffert") is not inside a word.
        for (const m of text.matchAll(/[^\s\-‐–/]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // A word drawn on two lines has two boxes on different lines (its tops differ).
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) brokenWords.push(`${h.tagName.toLowerCase()}: ${m[0]}`);
        }
      }
    }
    const vw = window.innerWidth;
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right <= vw + 1 || r.width === 0) continue;
      let p: HTMLElement | null = el.parentElement;
      let scrolled = false;
      for (; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') scrolled = true;
      if (!scrolled) wide.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} (${Math.round(r.right)} px)`);
    }
    const taskNameLefts = [
      ...new Set(Array.from(document.querySelectorAll('.task-list__name > :first-child')).map((el) => Math.round(el.getBoundingClientRect().left))),
    ];
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: vw, wide: wide.slice(0, 10), brokenWords, taskNameLefts };
  });
}

describe('reflow at 320 and 375 px (Vejle demo)', () => {
  for (const width of [320, 375]) {
    it(`every role's main pages fit ${width} px: no sideways scroll, no heading broken inside a word, no axe violations`, async () => {
      const problems: string[] = [];
      for (const role of pagesOf()) {
        const opened = await openPage(suite.browser, suite.server.baseUrl);
        await opened.page.setViewportSize({ width, height: 800 });
        await login(opened.page, role.email);
        for (const p of role.pages) {
          const res = await opened.page.goto(p.url);
          const where = `${role.email} ${p.name} ${p.url} @${width}`;
          if (res?.status() !== 200) {
            problems.push(`${where}: status ${String(res?.status())}`);
            continue;
          }
          const layout = await measure(opened.page);
          if (layout.scrollWidth > layout.innerWidth) problems.push(`${where}: page is ${layout.scrollWidth} px wide: ${layout.wide.join(', ')}`);
          if (p.name === 'application-task-list' && layout.taskNameLefts.length !== 1)
            problems.push(`${where}: the task list's step names start at ${layout.taskNameLefts.join(', ')} px, not at one edge`);
          if (layout.brokenWords.length > 0) problems.push(`${where}: heading words broken: ${layout.brokenWords.join(', ')}`);
          await opened.page.screenshot({ path: `${SCREENSHOTS}/reflow-${width}-${role.email.split('@')[0] ?? ''}-${p.name}.png`, fullPage: true });
          try {
            await expectNoAxeViolations(opened.page);
          } catch (e) {
            problems.push(`${where}: ${(e as Error).message}`);
          }
        }
        expect(opened.problems).toEqual([]);
        await opened.context.close();
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
