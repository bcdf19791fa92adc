import { Hono } from 'hono';
import { chromium } from 'playwright-core';
import { AppError } from '../../../errors.js';
import type { AppEnv } from '../../env.js';
import { staticRoutes } from '../../static.js';

/** Debian's Chromium; CHROMIUM_PATH overrides. */
export const chromiumExecutable = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ORIGIN = 'http://agenda.invalid';
const staticApp = new Hono<AppEnv>().route('/', staticRoutes());

/** The printed documents' typeface: DKFDS's IBM Plex Sans, falling back to a system sans-serif. */
export const PDF_FONT = "'IBM Plex Sans', Arial, Helvetica, sans-serif";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The running head and foot of a printed document: the municipality's name and the document's title on top, "Side n af m" below. */
export function pdfHeaderFooter(letterhead: { organisationName: string; title: string }): { headerTemplate: string; footerTemplate: string } {
  const style = `font-family: ${PDF_FONT.replace(/"/g, '&quot;')}; font-size: 8pt; color: #454545; width: 100%; padding: 0 16mm;`;
  return {
    headerTemplate: `<div style="${style} display: flex; justify-content: space-between;"><span>${escapeHtml(letterhead.organisationName)}</span><span>${escapeHtml(letterhead.title)}</span></div>`,
    footerTemplate: `<div style="${style} text-align: right;">Side <span class="pageNumber"></span> af <span class="totalPages"></span></div>`,
  };
}

/**
 * Prints a page of the app's own HTML to PDF with headless Chromium. The HTML is served to the
 * browser from memory under a private origin, and its stylesheets and fonts from the app's static
 * routes in-process, so nothing goes over the network and no server URL is needed. JavaScript is off.
 * Chromium missing or failing → PDF_UNAVAILABLE (503) with a Danish message. With a `letterhead`, each
 * page carries the municipality's name and the title on top and the page number below.
 */
export async function htmlToPdf(
  html: string,
  opts: { timeoutMs?: number; letterhead?: { organisationName: string; title: string } } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const timeout = opts.timeoutMs ?? 30_000;
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      timeout,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch {
    throw new AppError('PDF_UNAVAILABLE');
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/document') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      const res = await staticApp.request(url.pathname);
      if (!res.ok) return route.fulfill({ status: res.status, body: '' });
      return route.fulfill({
        status: 200,
        contentType: res.headers.get('content-type') ?? 'application/octet-stream',
        body: Buffer.from(await res.arrayBuffer()),
      });
    });
    await page.goto(`${ORIGIN}/document`, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      ...(opts.letterhead ? { displayHeaderFooter: true, ...pdfHeaderFooter(opts.letterhead) } : {}),
    });
    return new Uint8Array(pdf);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('PDF_UNAVAILABLE');
  } finally {
    await browser.close().catch(() => undefined);
  }
}
