import { Hono } from 'hono';
import { chromium } from 'playwright-core';
import { AppError } from '../../../errors.js';
import type { AppEnv } from '../../env.js';
import { staticRoutes } from '../../static.js';

/** Debian's Chromium; CHROMIUM_PATH overrides. */
export const chromiumExecutable = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ORIGIN = 'http://agenda.invalid';
const staticApp = new Hono<AppEnv>().route('/', staticRoutes());

/**
 * Prints a page of the app's own HTML to PDF with headless Chromium. The HTML is served to the
 * browser from memory under a private origin, and its stylesheets and fonts from the app's static
 * routes in-process, so nothing goes over the network and no server URL is needed. JavaScript is off.
 * Chromium missing or failing → PDF_UNAVAILABLE (503) with a Danish message.
 */
export async function htmlToPdf(html: string, opts: { timeoutMs?: number } = {}): Promise<Uint8Array<ArrayBuffer>> {
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
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    return new Uint8Array(pdf);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('PDF_UNAVAILABLE');
  } finally {
    await browser.close().catch(() => undefined);
  }
}
