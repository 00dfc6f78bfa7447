// The web page end to end: Debian's Chromium against the real API holding the three fixture
// briefings (real extraction, embedded store). Each view is driven the way a reader would, by typing
// names and following links, and photographed into docs/screenshots/.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, RUN_BROWSER, SCREENSHOTS } from './browser.js';
import { startFixtureServer, type FixtureServer } from './server.js';

// The day after the newest fixture: the summit (05-14) and the truce expiry (11-10) are upcoming.
const AS_OF = '2026-05-09';
const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const DRAFT =
  '2026 年 5 月 9 日\n\n' +
  '特朗普-习近平北京峰会将于 5 月 14 日举行。釜山休战将于 2026 年 11 月到期。' +
  '据 Reuters 报道，荷兰光刻机制造商 ASML 表示，出口管制仍限制其对华销售。\n';

let browser: Browser;
let server: FixtureServer;
let pageErrors: string[] = [];
const pages: Page[] = [];

async function open(hash: string, viewport = LAPTOP): Promise<Page> {
  const page = await browser.newPage({ viewport });
  pages.push(page);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(`${server.url}/${hash}`);
  return page;
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: fileURLToPath(new URL(name, SCREENSHOTS)), fullPage });
}

describe.skipIf(!RUN_BROWSER)('the web page in Chromium', () => {
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startFixtureServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const errors = pageErrors;
    pageErrors = [];
    await Promise.all(pages.splice(0).map((p) => p.close()));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });

  describe('timeline', () => {
    it('shows the Beijing summit on 2026-05-14 and the Busan truce expiring 2026-11-10, both upcoming', async () => {
      const page = await open(`#/timeline?asOf=${AS_OF}`);
      const summit = page.locator('li.tl-item', { has: page.locator('time[datetime="2026-05-14"]') }).filter({ hasText: /峰会|summit/i });
      await expect.poll(() => summit.count()).toBeGreaterThan(0);
      await expect.poll(() => summit.first().locator('.upcoming-tag').count()).toBe(1);

      const expiry = page.locator('li.tl-item.deadline', { has: page.locator('time[datetime="2026-11-10"]') }).filter({ hasText: /釜山|Busan/i });
      await expect.poll(() => expiry.count()).toBeGreaterThan(0);
      expect(await expiry.first().textContent()).toMatch(/deadline \/ expiry/);
      expect(await page.locator('.now-divider').textContent()).toContain(`Upcoming — after ${AS_OF}`);
      await shoot(page, 'timeline.png', false);
    });

    it('opens the sentence and the briefing behind the truce expiry', async () => {
      const page = await open(`#/timeline?asOf=${AS_OF}`);
      const expiry = page.locator('li.tl-item.deadline', { has: page.locator('time[datetime="2026-11-10"]') }).filter({ hasText: /釜山|Busan/i }).first();
      await expiry.getByText('Sentence and briefing').click();
      const quote = expiry.locator('blockquote');
      await expect.poll(() => quote.isVisible()).toBe(true);
      expect(await quote.textContent()).toMatch(/11 月/);
      await expiry.locator('a.briefing-ref').click();
      await page.waitForURL(/#\/briefing\//);
      await expect.poll(() => page.locator('h2').textContent()).toMatch(/新质生产力每日动态|\S/);
      expect(await page.locator('.dates').textContent()).toMatch(/Published 2026-05-0\d/);
    });

    it('keeps everything around the Busan truce when the node is picked by typing 釜山休战', async () => {
      const page = await open(`#/timeline?asOf=${AS_OF}`);
      const box = page.getByRole('searchbox', { name: /Around a node/ });
      await box.fill('釜山休战');
      await box.press('Enter');
      await page.waitForURL(/about=/);
      await expect.poll(() => page.locator('.around').textContent()).toMatch(/Showing everything around .*(釜山|Busan)/i);
      await expect.poll(() => page.locator('li.tl-item.deadline time[datetime="2026-11-10"]').count()).toBeGreaterThan(0);
    });

    it('filters by date range and says so when nothing falls in it', async () => {
      const page = await open('#/timeline?from=2031-01-01&to=2031-12-31');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'No dated facts match' }).count()).toBe(1);
    });
  });

  describe('node view', () => {
    it('shows the truce under its Chinese and English names, the briefings that mention it and its relations with evidence', async () => {
      const page = await open('#/node');
      const box = page.getByRole('searchbox', { name: /Open a node/ });
      await box.fill('Busan truce');
      await box.press('Enter');
      await page.waitForURL(/#\/node\/.+/);
      const names = page.locator('dl.names');
      await expect.poll(() => names.textContent()).toContain('釜山休战');
      expect(await names.textContent()).toMatch(/Busan truce/i);
      expect(await page.locator('.briefing-list li').count()).toBeGreaterThanOrEqual(2);
      const relations = page.locator('details.edge');
      expect(await relations.count()).toBeGreaterThan(0);
      await relations.first().locator('summary .count').click();
      await expect.poll(() => relations.first().locator('blockquote').first().isVisible()).toBe(true);
      await shoot(page, 'node.png');
    });
  });

  describe('dependency view', () => {
    it('draws what constrains the truce (typed as 釜山休战) with the IEEPA ruling → tariff rebuild path', async () => {
      const page = await open('#/dependencies');
      const box = page.getByRole('searchbox', { name: /^X:/ });
      await box.fill('釜山休战');
      await box.press('Enter');
      await expect.poll(() => page.locator('#dep-h').textContent()).toMatch(/What constrains/);
      const ieepaPath = page.locator('li.path').filter({ hasText: /IEEPA/ }).filter({ hasText: /关税|tariff/i });
      await expect.poll(() => ieepaPath.count()).toBeGreaterThan(0);
      expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);

      await ieepaPath.first().locator('button.edge-btn').first().click();
      const panel = page.locator('.edge-panel');
      await expect.poll(() => panel.locator('blockquote').count()).toBeGreaterThan(0);
      expect(await panel.locator('a.briefing-ref').count()).toBeGreaterThan(0);
      await shoot(page, 'dependencies.png');
    });

    it('finds the same node when typed in English as Busan truce', async () => {
      const byChinese = await open('#/dependencies');
      await byChinese.getByRole('searchbox', { name: /^X:/ }).fill('釜山休战');
      await byChinese.getByRole('searchbox', { name: /^X:/ }).press('Enter');
      await byChinese.waitForURL(/#\/dependencies\/.+/);
      const byEnglish = await open('#/dependencies');
      await byEnglish.getByRole('searchbox', { name: /^X:/ }).fill('Busan truce');
      await byEnglish.getByRole('searchbox', { name: /^X:/ }).press('Enter');
      await byEnglish.waitForURL(/#\/dependencies\/.+/);
      expect(new URL(byEnglish.url()).hash.split('?')[0]).toBe(new URL(byChinese.url()).hash.split('?')[0]);
    });
  });

  describe('coverage check', () => {
    it('says which entities of a short draft earlier briefings covered (with links) and what is new', async () => {
      const page = await open('#/coverage');
      await page.getByLabel('Draft text').fill(DRAFT);
      await page.getByRole('button', { name: 'Check coverage' }).click();
      const table = page.locator('table.coverage-table');
      await expect.poll(() => table.count()).toBe(1);
      const truceRow = table.locator('tr.row-covered').filter({ hasText: /釜山|Busan/i });
      await expect.poll(() => truceRow.count()).toBeGreaterThan(0);
      expect(await truceRow.first().locator('a.briefing-ref').count()).toBeGreaterThan(0);
      expect(await truceRow.first().locator('th a').getAttribute('href')).toMatch(/^#\/node\//);
      expect(await page.locator('.tag.is-new').count()).toBeGreaterThan(0);
      await shoot(page, 'coverage.png');
    });
  });

  describe('reading conditions', () => {
    it('renders at phone width without sideways scrolling', async () => {
      const page = await open(`#/timeline?asOf=${AS_OF}`, PHONE);
      await expect.poll(() => page.locator('li.tl-item').count()).toBeGreaterThan(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(true);
      await shoot(page, 'phone.png', false);
    });

    it('draws Chinese with a CJK font, not boxes', async () => {
      const page = await open('#/timeline');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'header .sub' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK|Noto Sans SC|Source Han|WenQuanYi/);
    });

    it('is keyboard reachable: the skip link first, then the views, with a visible focus ring', async () => {
      const page = await open('#/timeline');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
      });
      expect(focused.text).toMatch(/Timeline/);
      expect(focused.outline).not.toBe('none');
      // Node, Dependencies, Coverage check; following a link starts reading at the new view.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/coverage/);
      // The hashchange is handled after the URL changes: wait until focus has moved to the new view.
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-text');
    });

    it('shows an API failure as a message, not a blank page', async () => {
      const page = await browser.newPage({ viewport: LAPTOP });
      pages.push(page);
      await page.route('**/graphql', (route) => route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad gateway' }));
      await page.goto(`${server.url}/#/timeline`);
      const alert = page.getByRole('alert').filter({ hasText: 'The API failed (HTTP 502' });
      await expect.poll(() => alert.count()).toBeGreaterThan(0);
    });

    it('shows the API’s own error message for a node that does not exist', async () => {
      const page = await open('#/dependencies/no-such-node-anywhere');
      const alert = page.getByRole('alert').filter({ hasText: 'The API returned an error' });
      await expect.poll(() => alert.count()).toBeGreaterThan(0);
      expect(await alert.first().textContent()).toMatch(/no-such-node-anywhere/);
    });
  });
});
