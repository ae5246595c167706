import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as operations from '../../web/src/queries.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

/** Debian's chromium package; CHROMIUM_PATH points elsewhere when it lives elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots for the README, written only on request so a test run never changes the tree. */
const SCREENSHOTS = process.env.EXPLORER_SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : null;

let t: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  // As in production: only the operations of the build's manifest run, so every step below also
  // proves the page names each of its operations by a registered id.
  t = await createTestApp({ config: { webRoot: inject('webRoot'), trustedOperations: 'manifest' } });
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  // launch() gives the browser a fresh temporary profile of its own and removes it on close.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => t.app.server.close(() => resolve()));
  await t.close();
});

/**
 * A fresh page whose API key is already stored, as after typing it once (a role's key, a key of
 * its own, or none: an anonymous visitor); the page's errors fail the test.
 */
const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const TABLET: BrowserContextOptions = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };

async function openPage(role: 'VIEWER' | 'EDITOR' | { key: string } | null, options: BrowserContextOptions = DESKTOP, address = '/', language: 'en' | 'id' = 'en'): Promise<Page> {
  const context = await browser.newContext({ ...options, acceptDownloads: true });
  if (role) await context.addInitScript((key) => localStorage.setItem('pentahelix.apiKey', key), typeof role === 'string' ? t.key(role) : role.key);
  if (language === 'id') await context.addInitScript(() => localStorage.setItem('pentahelix.language', 'id'));
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(message.text());
  });
  await page.goto(`${baseUrl}${address}`);
  await page.waitForSelector(role ? '[data-testid=map-status][data-nodes]' : '[data-testid=role][data-role]');
  // The service refuses anonymous reads here, which the browser logs as a failed request.
  expect(failures.filter((f) => role || !f.includes('401'))).toEqual([]);
  return page;
}

const screenshot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
};

/** Types into a search field and picks the stakeholder from the instant results. */
async function pick(page: Page, input: string, text: string, id: string) {
  await page.fill(input, text);
  await page.locator(`${input} + .search-results li[data-id="${id}"]`).click();
}

describe('the Explorer page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage('VIEWER');
  });

  it("draws the seed's stakeholders on the map", async () => {
    const drawn = Number(await page.getAttribute('[data-testid=map-status]', 'data-nodes'));
    // Other test files may add their own stakeholders to the shared database; the seed has 20.
    expect(drawn).toBeGreaterThanOrEqual(20);
    expect(await page.locator('[data-testid=map] canvas').count()).toBeGreaterThan(0);
    await expect.poll(() => page.textContent('[data-testid=role]')).toContain('VIEWER');
    await screenshot(page, 'map');
  });

  it('redraws the map for a region and for the network as it stood on a date', async () => {
    const status = '[data-testid=map-status][data-nodes]';
    const ties = async () => Number(/(\d+) ties/.exec((await page.textContent(status)) ?? '')?.[1]);
    const before = await ties();
    await page.selectOption('#filter-region', 'kota-balikpapan');
    await page.waitForSelector(status);
    expect(Number(await page.getAttribute(status, 'data-nodes'))).toBeLessThan(20);
    await page.selectOption('#filter-region', '');
    await page.fill('#filter-date', '2024-06-01');
    await page.waitForSelector(status);
    // Seed ties from 2025 had not started yet on that date.
    await expect.poll(ties).toBeLessThan(before);
    await page.fill('#filter-date', '');
    await page.waitForSelector(status);
    await expect.poll(ties).toBe(before);
  });

  it('finds "masata" instantly, by name or alias', async () => {
    await page.fill('#search', 'masata');
    const hits = page.locator('#search + .search-results li[data-id]');
    await hits.first().waitFor();
    const ids = await hits.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id));
    expect(ids).toEqual(expect.arrayContaining(['masata-bontang', 'masata-dpp']));
  });

  it("opens MASATA's panel with its partners by helix, collaborations and influence", async () => {
    await page.locator('#search + .search-results li[data-id="masata-bontang"]').click();
    await expect.poll(() => page.textContent('[data-testid=panel-name]')).toContain('Sadar Wisata Kota Bontang');
    const partners = page.locator('.partner-group [data-stakeholder]');
    await expect.poll(() => partners.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.stakeholder))).toEqual(
      expect.arrayContaining(['disnaker-bontang', 'masata-dpp']),
    );
    expect(await page.locator('.partner-group[data-helix=GOVERNMENT]').count()).toBe(1);
    expect(await page.locator('.collaboration').count()).toBeGreaterThan(0);
    expect(await page.locator('.figures dt').count()).toBe(10);
    // A viewer is not asked for the Edit button.
    expect(await page.locator('.panel-header button').count()).toBe(0);
    await screenshot(page, 'panel');
  });

  it('opens a source from its quote: what the article reports, and back to a stakeholder', async () => {
    await page.locator('.collaboration blockquote [data-source="jusmin-2025-rakor-pentahelix-wisata-industri-bontang"]').first().click();
    const view = page.locator('[data-testid=source-view]');
    await view.waitFor();
    expect(await page.locator('[data-cited=Stakeholder] [data-stakeholder="disnaker-bontang"]').count()).toBe(1);
    expect(await page.locator('[data-cited=Collaboration]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-cited=Participation]').count()).toBeGreaterThan(0);
    await screenshot(page, 'source');
    await page.locator('[data-cited=Stakeholder] [data-stakeholder="disnaker-bontang"]').click();
    await expect.poll(() => page.textContent('[data-testid=panel-name]')).toContain('Tenaga Kerja');
  });

  it('finds the path from MASATA to Disnaker, with the reason for every hop', async () => {
    await page.click('[data-tab=paths]');
    await pick(page, '#path-from', 'masata bontang', 'masata-bontang');
    await pick(page, '#path-to', 'disnaker', 'disnaker-bontang');
    await page.click('#tab-paths button[type=submit]');
    const route = page.locator('[data-testid=route]').first();
    await route.waitFor();
    const hops = route.locator('.hop');
    expect(await hops.count()).toBeGreaterThan(0);
    for (const reason of await hops.locator('.hop-reason').allTextContents()) expect(reason.trim().length).toBeGreaterThan(10);
    const text = await route.textContent();
    expect(text).toContain('Sadar Wisata Kota Bontang');
    expect(text).toContain('Dinas Tenaga Kerja');
    await screenshot(page, 'paths');

    // Options: intermediaries only from the media, weighted; the direct tie needs none.
    await page.click('#tab-paths details.options summary');
    await page.check('#tab-paths input[name=onlyHelices][value=MEDIA]');
    await page.check('#tab-paths input[name=weighted]');
    await page.fill('#tab-paths input[name=k]', '2');
    await page.click('#tab-paths button[type=submit]');
    await expect.poll(() => page.locator('[data-testid=route]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=route]').count()).toBeLessThanOrEqual(2);
    for (const reason of await page.locator('[data-testid=route] .hop-reason').allTextContents()) expect(reason.trim().length).toBeGreaterThan(10);
  });

  it('shows the 5x5 helix heatmap and suggested partnerships; a suggestion opens on the map', async () => {
    await page.click('[data-tab=gaps]');
    await page.locator('[data-testid=heatmap]').waitFor();
    expect(await page.locator('[data-testid=heatmap] td').count()).toBe(25);
    const suggestions = page.locator('[data-testid=suggestion]');
    expect(await suggestions.count()).toBeGreaterThan(0);
    expect((await suggestions.first().locator('p').first().textContent())?.trim().length).toBeGreaterThan(10);
    await suggestions.first().locator('.suggestion-pair').click();
    // The panel loads the stakeholder first (its assessments and interactions too): a round trip.
    await expect.poll(() => page.isVisible('[data-testid=panel-name]'), { timeout: 15_000 }).toBe(true);
  });

  it('shows helix synergy by triad and the E-I index per helix under the gaps, each explained', async () => {
    await page.click('[data-tab=gaps]');
    const view = page.locator('[data-testid=indicators]');
    await view.locator('[data-testid=synergy]').waitFor();
    const triads = view.locator('[data-testid=synergy] tbody tr');
    expect(await triads.count()).toBe(10);
    const values = (await view.locator('[data-testid=synergy] td.number').allTextContents()).map((v) => Number(v.replace('+', '')));
    expect(values.every(Number.isFinite)).toBe(true);
    // Strongest synergy first: the values ascend.
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(await view.locator('[data-testid=openness] tbody tr').count()).toBe(6);
    expect(await view.textContent()).toContain('Negative means synergy');
    expect(await view.textContent()).toMatch(/Helix assortativity r: [+-]?\d/);
    await view.scrollIntoViewIfNeeded();
    await screenshot(page, 'indicators');
  });

  it('says what changed in the network since a date: who rose, who joined, which gaps closed', async () => {
    await page.click('[data-tab=gaps]');
    await page.fill('#change-since', '2024-12-31');
    await page.click('#change-view button[type=submit]');
    const result = page.locator('[data-testid=change]');
    await result.waitFor();
    // Most of the seed's programs and meetings are 2025 events: their participants rose since 2024.
    expect(await result.locator('[data-change=rose] [data-stakeholder]').count()).toBeGreaterThan(0);
    expect(await result.locator('[data-change=joined] [data-stakeholder]').count()).toBeGreaterThan(0);
    expect(await result.locator('[data-change=gapsClosed]').count()).toBe(1);
    expect(await result.textContent()).toMatch(/2024-12-31 → \d{4}-\d{2}-\d{2}/);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, 'change');
  });

  it('shows a viewer no forms, only why', async () => {
    await page.click('[data-tab=edit]');
    expect(await page.isVisible('#read-only')).toBe(true);
    expect(await page.locator('[data-testid=edit] form').count()).toBe(0);
  });
});

/** The address's query, decoded, as the page keeps it. */
const addressOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('a picture coordinators can trust, share and print', () => {
  it('says what colour, size and line width mean; zooms, fits and clears the selection', async () => {
    const page = await openPage('VIEWER');
    const legend = page.locator('[data-testid=legend]');
    expect(await legend.textContent()).toContain('Circle size: PageRank');
    expect(await legend.textContent()).toContain('Line width: tie strength');
    await page.selectOption('#filter-metric', 'BETWEENNESS');
    await expect.poll(() => legend.textContent()).toContain('Circle size: Betweenness');
    await page.click('[data-testid=zoom-in]');
    await page.click('[data-testid=reset-view]');
    await page.fill('#search', 'masata');
    await page.locator('#search + .search-results li[data-id="masata-bontang"]').click();
    await expect.poll(() => addressOf(page).stakeholder).toBe('masata-bontang');
    await page.click('[data-testid=clear-selection]');
    await expect.poll(() => page.textContent('[data-testid=panel]')).toContain('Click a node or search');
    expect(addressOf(page).stakeholder).toBeUndefined();
    // "/" jumps to the search from anywhere but a field; Escape clears a selection.
    await page.click('[data-testid=legend]');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
  });

  it('is a URL: reloading or sharing it reopens the same filters, selection and tab', async () => {
    const page = await openPage('VIEWER');
    await page.selectOption('#filter-region', 'kota-bontang');
    await page.waitForSelector('[data-testid=map-status][data-nodes]');
    await page.fill('#search', 'pranala');
    await page.locator('#search + .search-results li[data-id="pranala-co"]').click();
    await page.click('[data-tab=gaps]');
    expect(addressOf(page)).toMatchObject({ region: 'kota-bontang', stakeholder: 'pranala-co', tab: 'gaps' });
    const shared = page.url();
    const other = await openPage('VIEWER', DESKTOP, new URL(shared).search);
    await expect.poll(() => other.inputValue('#filter-region')).toBe('kota-bontang');
    expect(await other.getAttribute('[data-tab=gaps]', 'aria-selected')).toBe('true');
    await other.locator('[data-testid=heatmap]').waitFor();
    await other.click('[data-tab=panel]');
    await expect.poll(() => other.textContent('[data-testid=panel-name]')).toContain('PRANALA');
  });

  it('colours the gaps by status with the count, explains balance and density, and puts the gaps first', async () => {
    const page = await openPage('VIEWER');
    await page.selectOption('#filter-region', 'kota-bontang');
    await page.waitForSelector('[data-testid=map-status][data-nodes]');
    await page.click('[data-tab=gaps]');
    const heatmap = page.locator('[data-testid=heatmap]');
    await heatmap.waitFor();
    // The outlets report on Bontang's events, so Media works in Kota Bontang; the seed has no academia.
    const status = (row: string) => heatmap.locator(`tbody tr:has(th:text-is("${row}")) td`).evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.status));
    expect(await status('Academia')).toEqual(['absent', 'absent', 'absent', 'absent', 'absent']);
    expect((await status('Media')).filter((_status, column) => column !== 2)).not.toContain('absent');
    for (const text of await heatmap.locator('td').allTextContents()) expect(text).toMatch(/^\d+$/);
    expect(await page.textContent('[data-testid=absent-helices]')).toContain('Academia');
    expect(await page.textContent('[data-testid=balance]')).toMatch(/Balance \d\.\d+ — how evenly the five helices work/);
    expect(await heatmap.locator('td').first().getAttribute('title')).toContain('ties out of all possible pairs');
    const reasons = await page.locator('[data-testid=suggestion] p.reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(1);
    // Every reason names its own pair, so no two read the same.
    expect(new Set(reasons).size).toBe(reasons.length);
    const tags = await page.locator('[data-testid=suggestion]').evaluateAll((items) => items.map((i) => i.querySelector('.tag') !== null));
    expect(tags).toEqual([...tags].sort((x, y) => Number(y) - Number(x)));
    await screenshot(page, 'gaps');
  });

  it('path finder: names the filters routes ignore, explains no route, labels the cost', async () => {
    const page = await openPage('VIEWER');
    await page.selectOption('#filter-region', 'kota-bontang');
    await page.click('[data-tab=paths]');
    await expect.poll(() => page.textContent('[data-testid=path-filters]')).toContain('the Region filter does not apply');
    await pick(page, '#path-from', 'bekasi', 'pemkab-bekasi');
    await pick(page, '#path-to', 'balikpapan', 'pemkot-balikpapan');
    await page.click('#tab-paths button[type=submit]');
    await expect.poll(() => page.textContent('[data-testid=no-route]')).toContain('separate clusters');
    await pick(page, '#path-from', 'masata bontang', 'masata-bontang');
    await pick(page, '#path-to', 'disnaker', 'disnaker-bontang');
    await page.click('#tab-paths button[type=submit]');
    const route = page.locator('[data-testid=route]').first();
    await route.waitFor();
    expect(await route.locator('.route-cost').textContent()).toMatch(/cost \d/);
  });

  it('exports the map as PNG and SVG with every stakeholder drawn', async () => {
    const page = await openPage('VIEWER');
    const nodes = Number(await page.getAttribute('[data-testid=map-status]', 'data-nodes'));
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-svg]')]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svgDownload.suggestedFilename()).toBe('pentahelix-map.svg');
    expect(svg.match(/<circle /g)?.length).toBe(nodes);
    expect(svg).toContain('<line ');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    if (SCREENSHOTS) execFileSync('cp', [await pngDownload.path(), path.join(SCREENSHOTS, 'export.png')]);
  });

  it('prints the map and a one-page gap report for the scope', async () => {
    const page = await openPage('VIEWER');
    await page.selectOption('#filter-region', 'kota-bontang');
    await page.waitForSelector('[data-testid=map-status][data-nodes]');
    // The browser's print dialog is replaced: the button prepares what is printed, page.pdf prints it.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.click('[data-testid=print]');
    await page.locator('[data-testid=print-gaps] [data-testid=heatmap]').waitFor({ state: 'attached' });
    expect(await page.textContent('[data-testid=print-gaps]')).toContain('Kota Bontang');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid=print-map] img')).toBe(true);
    expect(await page.isVisible('[data-testid=map]')).toBe(false);
    const dir = mkdtempSync(path.join(tmpdir(), 'explorer-print-'));
    try {
      const pdf = path.join(dir, 'report.pdf');
      await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
      expect(/Pages:\s+2/.test(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))).toBe(true);
      if (SCREENSHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SCREENSHOTS, 'print')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks Bahasa Indonesia throughout: labels, enums, the legend, the gaps and the routes', async () => {
    const page = await openPage('VIEWER', DESKTOP, '/?stakeholder=masata-bontang', 'id');
    await expect.poll(() => page.textContent('[data-testid=panel-name]')).toContain('Sadar Wisata');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.textContent('[data-testid=legend]')).toContain('Ukuran lingkaran: PageRank');
    expect(await page.textContent('#filter-metric option[value=BETWEENNESS]')).toBe('Keperantaraan');
    expect(await page.textContent('[data-testid=panel]')).toContain('Organisasi masyarakat');
    await screenshot(page, 'map-id');
    await page.click('[data-tab=paths]');
    await pick(page, '#path-from', 'masata bontang', 'masata-bontang');
    await pick(page, '#path-to', 'disnaker', 'disnaker-bontang');
    await page.click('#tab-paths button[type=submit]');
    await page.locator('[data-testid=route]').first().waitFor();
    const reasons = (await page.locator('.hop-reason').allTextContents()).join(' ');
    expect(reasons).toMatch(/Keduanya|keduanya/);
    expect(reasons).not.toMatch(/\b(COORDINATION|PARTICIPANT|Both)\b/);
    await page.click('[data-tab=gaps]');
    await page.locator('[data-testid=heatmap]').waitFor();
    expect(await page.textContent('[data-testid=balance]')).toContain('seberapa merata');
    expect(await page.textContent('.status-legend')).toContain('kesenjangan');
    await screenshot(page, 'gaps-id');
  });

  it('fits a tablet in both languages', async () => {
    for (const language of ['en', 'id'] as const) {
      const page = await openPage('VIEWER', TABLET, '/?tab=gaps', language);
      await page.locator('[data-testid=heatmap]').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
      await screenshot(page, `tablet-gaps${language === 'id' ? '-id' : ''}`);
    }
  });
});

describe('an editor', () => {
  it("enters an API key, creates a stakeholder through the form and sees the API's validation message for a bad one", async () => {
    const page = await openPage(null);
    expect(await page.getAttribute('[data-testid=role]', 'data-role')).toBe('NONE');
    await page.fill('#api-key', t.key('EDITOR'));
    await page.click('#key-form button');
    await page.waitForSelector('[data-testid=map-status][data-nodes]');
    expect(await page.getAttribute('[data-testid=role]', 'data-role')).toBe('EDITOR');
    expect(await page.evaluate(() => localStorage.getItem('pentahelix.apiKey'))).toBe(t.key('EDITOR'));
    await page.click('[data-tab=edit]');
    const form = page.locator('[data-form=stakeholder]');
    await form.waitFor();

    // The id follows the name; a hand-typed one is checked, and evidence without its quote is
    // refused, every problem at once, next to its field, before anything is sent.
    await form.locator('[name=name]').fill('Radio Suara Bontang');
    expect(await form.locator('[name=id]').inputValue()).toBe('radio-suara-bontang');
    await form.locator('[name=id]').fill('Not A Slug!');
    await form.locator('[name=sourceId]').selectOption({ index: 1 });
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[data-problem-for=id]').textContent()).toContain('Lowercase letters');
    expect(await form.locator('[data-problem-for=quote]').textContent()).toContain('quoted from the source');
    expect(await form.locator('[name=quote]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.form-status').textContent()).toContain('Nothing was sent');
    expect((await t.gql('{ stakeholder(id: "radio-suara-bontang") { id } }')).data?.stakeholder).toBeNull();
    await form.locator('[name=sourceId]').selectOption('');

    const id = unique('e2e-explorer-media');
    await form.locator('[name=id]').fill(id);
    await form.locator('[name=name]').fill('Explorer E2E Radio');
    await form.locator('[name=helix]').selectOption('MEDIA');
    await form.locator('[name=kind]').selectOption('NEWS_OUTLET');
    await form.locator('[name=aliases]').fill('E2E FM, Radio Uji');
    await form.locator('[name=regionId]').selectOption('kota-bontang');
    await form.locator('button[type=submit]').click();
    await form.locator('.success').waitFor();
    expect(await form.locator('.success').textContent()).toContain(id);

    const stored = await t.gql(`{ stakeholder(id: "${id}") { name helix aliases region { id } } }`);
    expect(stored.data?.stakeholder).toEqual({ name: 'Explorer E2E Radio', helix: 'MEDIA', aliases: ['E2E FM', 'Radio Uji'], region: { id: 'kota-bontang' } });
    // The map is redrawn with the new stakeholder.
    // A write moves the analytics, which the map waits for: seconds on a loaded machine.
    await expect.poll(async () => Number(await page.getAttribute('[data-testid=map-status]', 'data-nodes')), { timeout: 30_000 }).toBeGreaterThanOrEqual(21);
    await screenshot(page, 'editor');

    // Editing from the panel: the form comes filled in, and the write keeps what it cannot show.
    await t.gql(
      `mutation { upsertStakeholder(input: { id: "${id}", name: "Explorer E2E Radio", helix: MEDIA, kind: NEWS_OUTLET, aliases: ["E2E FM", "Radio Uji"], regionId: "kota-bontang",
        evidence: [{ sourceId: "pranala-2025-01-15-rakor-forkopimda-bontang", quote: "E2E quote" }] }) { created } }`,
      {},
      'EDITOR',
    );
    // The full-text index catches up with a write shortly after it commits.
    const searchHits = async () => JSON.stringify(await t.gql('{ search(text: "Explorer E2E Radio", first: 8) { node { ... on Stakeholder { id } } } }'));
    await expect.poll(searchHits, { timeout: 15_000 }).toContain(id);
    await page.fill('#search', 'Explorer E2E Radio');
    await page.locator(`#search + .search-results li[data-id="${id}"]`).click();
    await page.locator('.panel-header button').click();
    expect(await form.locator('[name=name]').inputValue()).toBe('Explorer E2E Radio');
    expect(await form.locator('[name=regionId]').inputValue()).toBe('kota-bontang');
    await form.locator('[name=name]').fill('Explorer E2E Radio Bontang');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.success').textContent()).toContain('updated');
    const edited = await t.gql(`{ stakeholder(id: "${id}") { name aliases evidence { quote } } }`);
    expect(edited.data?.stakeholder).toEqual({ name: 'Explorer E2E Radio Bontang', aliases: ['E2E FM', 'Radio Uji'], evidence: [{ quote: 'E2E quote' }] });
  });

  it('keeps the figures of a region as a snapshot, then compares the network today with it', async () => {
    const page = await openPage('EDITOR');
    await page.selectOption('#filter-region', 'kota-balikpapan');
    await page.waitForSelector('[data-testid=map-status][data-nodes]');
    await page.click('[data-tab=gaps]');
    const label = unique('Baseline e2e');
    await page.fill('#snapshot-label', label);
    await page.click('.snapshot-form button[type=submit]');
    await expect.poll(() => page.textContent('[data-testid=snapshot-kept]')).toContain(label);
    // The new snapshot is chosen as the baseline: compare it with the network today.
    expect(await page.locator('#change-baseline option:checked').textContent()).toContain(label);
    await page.click('.change-form button[type=submit]');
    const result = page.locator('[data-testid=change]');
    await result.waitFor();
    expect(await result.textContent()).toContain('Nothing changed');
    const stored = await t.gql(`{ snapshots(first: 100) { label region { id } } }`);
    expect(stored.data!.snapshots).toContainEqual({ label, region: { id: 'kota-balikpapan' } });
    // A viewer has no button to keep figures.
    const viewer = await openPage('VIEWER');
    await viewer.click('[data-tab=gaps]');
    await viewer.locator('#change-baseline').waitFor();
    expect(await viewer.locator('.snapshot-form').count()).toBe(0);
  });
});

describe('assessments', () => {
  /** Waits that follow a write and a reload of the panel or the grid. */
  const SLOW = { timeout: 30_000 };

  it('assesses a stakeholder from its panel with per-field checks, and shows the power-interest grid with its flags in both languages', { timeout: 180_000 }, async () => {
    const suffix = unique('e2e');
    const program = `${suffix}-program`;
    const [hub, a, b, c, gatekeeper] = ['dlh', 'koperasi', 'kampus', 'radio', 'pelabuhan'].map((name) => `${suffix}-${name}`) as [string, string, string, string, string];
    const names: Record<string, [string, string, string]> = {
      [hub]: ['PT Energi Pesisir', 'BUSINESS', 'PRIVATE_COMPANY'],
      [a]: ['Koperasi Nelayan Tanjung', 'COMMUNITY', 'COMMUNITY_ORGANISATION'],
      [b]: ['Universitas Pesisir Timur', 'ACADEMIA', 'UNIVERSITY'],
      [c]: ['Radio Suara Pesisir', 'MEDIA', 'NEWS_OUTLET'],
      [gatekeeper]: ['Otoritas Pelabuhan Pesisir', 'GOVERNMENT', 'REGIONAL_OFFICE'],
    };
    const write = async (query: string) => expect((await t.gql(query, {}, 'EDITOR')).errors).toBeUndefined();
    await write(`mutation { upsertProgram(input: { id: "${program}", name: "Program Pesisir Lestari", kind: PROGRAM, startsOn: "2025-01-01", regionId: "kota-bontang" }) { created } }`);
    for (const [id, [name, helix, kind]] of Object.entries(names)) {
      await write(`mutation { upsertStakeholder(input: { id: "${id}", name: "${name}", helix: ${helix}, kind: ${kind}, regionId: "kota-bontang" }) { created } }`);
    }
    // The company works with three partners under the program: central there.
    for (const partner of [a, b, c]) {
      await write(`mutation { recordCollaboration(input: { id: "${partner}-mitra", name: "Kemitraan pesisir", kind: PARTNERSHIP, programId: "${program}", parties: [{ stakeholderId: "${hub}" }, { stakeholderId: "${partner}" }] }) { created } }`);
    }
    await write(`mutation { recordAssessment(input: { stakeholderId: "${hub}", scopeId: "${program}", assessedOn: "2025-03-01", power: 5, interest: 4, position: OPPOSES, attitude: RESISTANT }) { created } }`);
    await write(`mutation { recordAssessment(input: { stakeholderId: "${gatekeeper}", scopeId: "${program}", assessedOn: "2025-03-01", power: 5, interest: 2, position: NEUTRAL }) { created } }`);
    await write(`mutation { recordAssessment(input: { stakeholderId: "${b}", scopeId: "${program}", assessedOn: "2025-03-01", power: 2, interest: 2, position: SUPPORTS }) { created } }`);

    const page = await openPage('EDITOR', DESKTOP, `/?program=${program}&stakeholder=${a}`);
    await expect.poll(() => page.textContent('[data-testid=panel-name]'), SLOW).toBe('Koperasi Nelayan Tanjung');
    await page.click('[data-testid=assess]');
    const form = page.locator('[data-form=assessment]');
    await form.waitFor();
    expect(await form.locator('[name=stakeholderId]').inputValue()).toBe(a);
    expect(await form.locator('[name=scopeId]').inputValue()).toBe(program);
    expect(await form.locator('[name=assessedOn]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Out of the scale and missing: both said next to their fields, nothing sent.
    await form.locator('[name=power]').fill('7');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[data-problem-for=power]').textContent(), SLOW).toContain('whole number from 1 to 5');
    expect(await form.locator('[data-problem-for=interest]').textContent()).toContain('Required');
    expect(await form.locator('[name=power]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.form-status').textContent()).toContain('Nothing was sent');
    expect((await t.gql(`{ stakeholder(id: "${a}") { assessments { id } } }`)).data!.stakeholder.assessments).toEqual([]);

    // A date the API refuses (after today): its message comes back next to the date.
    await form.locator('[name=power]').fill('2');
    await form.locator('[name=interest]').fill('5');
    await form.locator('[name=position]').selectOption('SUPPORTS');
    await form.locator('[name=assessedOn]').fill('2999-01-01');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[data-problem-for=assessedOn]').textContent(), SLOW).toContain('must not be after today');

    await form.locator('[name=assessedOn]').fill('2025-04-01');
    await form.locator('[name=attitude]').selectOption('SUPPORTIVE');
    await form.locator('[name=comment]').fill('Siap menggerakkan anggota untuk bersih pantai');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.success').textContent(), SLOW).toContain('created');
    const stored = await t.gql(`{ stakeholder(id: "${a}") { assessments { power interest position attitude comment quadrant } } }`, {}, 'EDITOR');
    expect(stored.data!.stakeholder.assessments).toEqual([{ power: 2, interest: 5, position: 'SUPPORTS', attitude: 'SUPPORTIVE', comment: 'Siap menggerakkan anggota untuk bersih pantai', quadrant: 'KEEP_INFORMED' }]);
    // The panel shows it in the stakeholder's history.
    await page.click('[data-tab=panel]');
    await expect.poll(() => page.locator('[data-testid=assessments] li').count(), SLOW).toBe(1);
    expect(await page.textContent('[data-testid=assessments]')).toContain('Program Pesisir Lestari · 2025-04-01: power 2, interest 5');

    await page.click('[data-tab=grid]');
    const grid = page.locator('[data-testid=power-interest-grid]');
    await grid.waitFor();
    const entry = (id: string) => grid.locator(`[data-grid-entry="${id}"]`);
    const quadrantOf = (id: string) => entry(id).evaluate((li) => li.closest('[data-quadrant]')!.getAttribute('data-quadrant'));
    expect(await quadrantOf(hub)).toBe('MANAGE_CLOSELY');
    expect(await quadrantOf(gatekeeper)).toBe('KEEP_SATISFIED');
    expect(await quadrantOf(a)).toBe('KEEP_INFORMED');
    expect(await quadrantOf(b)).toBe('MONITOR');
    expect(await entry(hub).getAttribute('data-flags')).toBe('CENTRAL_BUT_OPPOSED');
    expect(await entry(gatekeeper).getAttribute('data-flags')).toBe('HIDDEN_GATEKEEPER');
    expect(await entry(hub).textContent()).toContain('partners 3');
    expect(await entry(hub).textContent()).toContain('Central but opposed');
    expect(await entry(gatekeeper).textContent()).toContain('Hidden gatekeeper');
    await screenshot(page, 'grid');
    // A stakeholder of the grid opens in the panel.
    await entry(gatekeeper).locator('button.link').click();
    await expect.poll(() => page.textContent('[data-testid=panel-name]'), SLOW).toBe('Otoritas Pelabuhan Pesisir');

    await page.click('#language');
    await page.click('[data-tab=grid]');
    await expect.poll(() => grid.textContent(), SLOW).toContain('Penjaga gerbang tersembunyi');
    expect(await grid.textContent()).toContain('Kelola dengan erat');
    expect(await grid.textContent()).toContain('Sentral tetapi menentang');
    expect(await page.textContent('[data-tab=grid]')).toBe('Matriks');
    await screenshot(page, 'grid-id');
    await page.click('#language');
  });

  it('asks for a program or region before drawing a grid', async () => {
    const page = await openPage('VIEWER');
    await page.click('[data-tab=grid]');
    expect(await page.textContent('[data-testid=grid-pick-scope]')).toContain('Pick a program or a region');
    await page.selectOption('#filter-region', 'kota-bontang');
    await page.locator('[data-testid=grid] h3').waitFor();
    expect(await page.textContent('[data-testid=grid] h3')).toContain('Kota Bontang');
  });
});

describe('the engagement log', () => {
  it('logs an interaction from the panel (every problem under its field first) and marks its follow-up done in the list', async () => {
    const person = unique('e2e-koordinator');
    await t.gql(`mutation { upsertPerson(input: { id: "${person}", name: "Koordinator Uji Ekspedisi" }) { id } }`, {}, 'EDITOR');
    const personHits = async () => JSON.stringify(await t.gql('{ search(text: "Koordinator Uji Ekspedisi", first: 8) { node { ... on Person { id } } } }'));
    await expect.poll(personHits, { timeout: 15_000 }).toContain(person);
    // Run alone, this is the database's first map: its analytics load before the page asks.
    await t.gql('{ networkOf(limit: 10) { truncated } }');

    const page = await openPage('EDITOR');
    await pick(page, '#search', 'masata', 'masata-bontang');
    await page.locator('[data-testid=log-interaction]').click();
    const form = page.locator('[data-form=interaction]');
    await form.waitFor({ state: 'visible' });
    expect(await form.locator('[name=stakeholderIds]').inputValue()).toBe('masata-bontang');
    expect(await form.locator('[name=occurredOn]').inputValue()).toBe(new Date().toISOString().slice(0, 10));

    // A due date without the promise, and no subject: both said under their fields, nothing sent.
    await form.locator('[name=dueOn]').fill('2025-01-31');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[data-problem-for=subject]').textContent(), { timeout: 15_000 }).toContain('Required');
    expect(await form.locator('[data-problem-for=commitment]').textContent()).toContain('what was promised');
    expect(await form.locator('[name=commitment]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.form-status').textContent()).toContain('Nothing was sent');
    await screenshot(page, 'interaction-form');

    const subject = unique('Rapat persiapan festival');
    await form.locator('[name=subject]').fill(subject);
    await pick(page, '[data-form=interaction] .field:has([name=stakeholderIds]) .field-search', 'disnaker', 'disnaker-bontang');
    await form.locator('[name=commitment]').fill('Kirim daftar peserta');
    await pick(page, '[data-form=interaction] .field:has([name=ownerId]) .field-search', 'Koordinator Uji', person);
    await form.locator('[name=privateNotes]').fill('Anggaran belum pasti');
    await form.locator('button[type=submit]').click();
    await form.locator('.form-status .success').waitFor();
    expect(await form.locator('.form-status').textContent()).toContain('created');

    const logged = await t.gql(`{ interactions(where: { stakeholder: "disnaker-bontang" }, first: 5) { nodes { subject kind stakeholders { id } privateNotes followUps { id commitment owner { id } dueOn overdue } } } }`, {}, 'EDITOR');
    const interaction = logged.data!.interactions.nodes.find((n: { subject: string }) => n.subject === subject);
    expect(interaction).toMatchObject({ kind: 'MEETING', privateNotes: 'Anggaran belum pasti', followUps: [{ commitment: 'Kirim daftar peserta', owner: { id: person }, dueOn: '2025-01-31', overdue: true }] });
    expect(interaction.stakeholders.map((s: { id: string }) => s.id).sort()).toEqual(['disnaker-bontang', 'masata-bontang']);

    // The panel lists it under Interactions.
    await page.click('[data-tab=panel]');
    await expect.poll(() => page.locator('[data-testid=interactions]').textContent(), { timeout: 15_000 }).toContain(subject);

    // The follow-up list: overdue ones, then mark it done.
    await page.click('[data-tab=followups]');
    await page.locator('[data-show=overdue]').click();
    const row = page.locator(`[data-follow-up="${interaction.followUps[0].id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Overdue');
    expect(await row.textContent()).toContain('Koordinator Uji Ekspedisi');
    await screenshot(page, 'follow-ups');
    await row.locator('[data-action=done]').click();
    await row.waitFor({ state: 'detached' });
    const done = await t.gql(`{ followUps(where: { statuses: [DONE], owner: "${person}" }) { nodes { id status closedOn } } }`);
    expect(done.data!.followUps.nodes).toEqual([{ id: interaction.followUps[0].id, status: 'DONE', closedOn: new Date().toISOString().slice(0, 10) }]);

    // In Indonesian, the list and its statuses speak Bahasa.
    const id = await openPage('EDITOR', DESKTOP, '/?tab=followups', 'id');
    await id.locator('[data-show=closed]').click();
    await expect.poll(() => id.locator('[data-testid=follow-ups]').textContent(), { timeout: 15_000 }).toContain('Selesai');
    expect(await id.locator('[data-tab=followups]').textContent()).toBe('Tindak lanjut');
    await screenshot(id, 'follow-ups-id');
  }, 240_000);
});

describe('deleting', () => {
  it('asks first, deletes the collaboration, and undoes it with its evidence', async () => {
    const [a, b, collaboration] = [unique('e2e-delete-a'), unique('e2e-delete-b'), unique('e2e-delete-collab')];
    const evidence = '[{ sourceId: "pranala-2025-01-15-rakor-forkopimda-bontang", quote: "E2E delete quote" }]';
    for (const [id, helix, kind] of [[a, 'GOVERNMENT', 'CITY_GOVERNMENT'], [b, 'ACADEMIA', 'UNIVERSITY']]) {
      await t.gql(`mutation { upsertStakeholder(input: { id: "${id}", name: "${id}", helix: ${helix}, kind: ${kind}, evidence: ${evidence} }) { created } }`, {}, 'EDITOR');
    }
    await t.gql(
      `mutation { recordCollaboration(input: { id: "${collaboration}", name: "E2E delete me", kind: PARTNERSHIP, strength: 0.5,
        parties: [{ stakeholderId: "${a}", role: "lead" }, { stakeholderId: "${b}" }], evidence: ${evidence} }) { created } }`,
      {},
      'EDITOR',
    );
    const stored = async () => (await t.gql(`{ collaboration(id: "${collaboration}") { name parties { role stakeholder { id } } evidence { quote } } }`)).data?.collaboration;
    const before = await stored();
    expect(before).toMatchObject({ name: 'E2E delete me' });
    const page = await openPage('EDITOR', DESKTOP, `/?stakeholder=${a}`);
    const article = page.locator(`[data-collaboration="${collaboration}"]`);
    await article.waitFor();
    await article.locator('[data-testid=delete]').click();
    expect(await article.textContent()).toContain('Delete “E2E delete me” with its evidence?');
    expect(await stored()).toEqual(before);
    await article.locator('[data-testid=confirm-delete]').click();
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain('Deleted “E2E delete me”');
    await expect.poll(stored).toBeNull();
    await page.click('[data-testid=undo]');
    await expect.poll(() => page.textContent('[data-testid=toast]'), { timeout: 15_000 }).toContain('Restored');
    expect(await stored()).toEqual(before);
    await page.locator(`[data-collaboration="${collaboration}"]`).waitFor();
  });
});

describe('an API key', () => {
  it('that is wrong says so, is forgotten, and the page still works now and after a reload', async () => {
    const page = await openPage(null);
    await page.fill('#api-key', 'not-a-key');
    await page.click('#key-form button');
    await expect.poll(() => page.isVisible('[data-testid=key-rejected]')).toBe(true);
    expect(await page.textContent('[data-testid=key-rejected]')).toContain('was not accepted');
    expect(await page.evaluate(() => localStorage.getItem('pentahelix.apiKey'))).toBeNull();
    await page.reload();
    await page.waitForSelector('[data-testid=role][data-role]');
    expect(await page.isVisible('[data-testid=key-rejected]')).toBe(false);
    expect(await page.textContent('[data-testid=role]')).not.toContain('not accepted');
  });
});

describe('on a tablet', () => {
  it('fits the Edit tab, with stakeholders picked by name', async () => {
    const page = await openPage('EDITOR', TABLET, '/?tab=edit');
    const form = page.locator('[data-form=stakeholder]');
    await form.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    expect((await page.locator('#tab-edit').boundingBox())!.width).toBeLessThanOrEqual(820);
    await page.locator('summary:has-text("Collaboration")').tap();
    const parties = page.locator('[data-form=collaboration] .field:has([name=parties]) .field-search');
    await parties.fill('masata bontang');
    await page.locator('[data-form=collaboration] .search-results li[data-id="masata-bontang"]').tap();
    await parties.fill('disnaker');
    await page.locator('[data-form=collaboration] .search-results li[data-id="disnaker-bontang"]').tap();
    expect(await page.inputValue('[data-form=collaboration] [name=parties]')).toBe('masata-bontang, disnaker-bontang');
    await screenshot(page, 'tablet-edit');
  });

  it('lays the panel under the map, answers taps and switches to Indonesian', async () => {
    const page = await openPage('VIEWER', TABLET);
    const map = await page.locator('[data-testid=map]').boundingBox();
    const side = await page.locator('.side').boundingBox();
    expect(map && side && side.y >= map.y + map.height - 1).toBe(true);
    expect(map!.width).toBeGreaterThan(700);

    await page.fill('#search', 'masata');
    await page.locator('#search + .search-results li[data-id="masata-bontang"]').tap();
    await expect.poll(() => page.textContent('[data-testid=panel-name]')).toContain('Sadar Wisata');

    await page.tap('#language');
    await expect.poll(() => page.textContent('[data-tab=paths]')).toBe('Pencari jalur');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.textContent('.panel-section h3')).toBe('Mitra per heliks');
    await screenshot(page, 'tablet');
  });
});

describe('adding from a report', () => {
  it('reads a pasted report into proposals with their quotes marked, drops a rejected one, shows the dry run and imports', async () => {
    const page = await openPage('EDITOR');
    const place = `Fiksi${unique('x').slice(2, 8)}`;
    const text = [
      `UJIWARTA.COM, ${place} – Pemerintah Kota ${place} dan Pemkot Bontang menandatangani MoU dengan Universitas ${place} Raya, Senin (3/3/2025).`,
      `Wali Kota ${place}, Budi ${place}, memimpin Rapat Koordinasi ${place} di Hotel ${place} Indah.`,
    ].join('\n');
    await page.click('[data-tab=report]');
    await page.fill('[data-testid=report-text]', text);
    await page.fill('[data-testid=report-form] input[name=publisher]', 'Ujiwarta.com');
    await page.click('[data-testid=report-read]');
    const rows = page.locator('[data-testid=report-row]');
    await rows.first().waitFor();
    // Pemkot Bontang is in the graph already: it is matched, not proposed again.
    const known = rows.filter({ hasText: 'Pemerintah Kota Bontang' });
    expect(await known.locator('.match.exact').count()).toBe(1);
    expect(await page.locator('[data-testid=report-source] mark.quote').count()).toBe(2);

    // Selecting a proposal marks its sentence in the text.
    const university = rows.filter({ has: page.locator(`input[value="Universitas ${place} Raya"]`) });
    await university.locator('td').nth(3).click();
    await expect.poll(() => page.textContent('[data-testid=report-source] mark.active')).toContain('menandatangani MoU');

    await university.locator('[data-testid=report-keep]').uncheck();
    const newOrganisations = await rows.filter({ has: page.locator('.match.new') }).evaluateAll((list) => list.filter((row) => (row as HTMLElement).dataset.collection === 'stakeholders').length);
    await page.click('[data-testid=report-dry-run]');
    const created = page.locator('[data-testid=report-counts] tr[data-kind=stakeholders] td').first();
    await expect.poll(() => created.textContent()).toBe(String(newOrganisations - 1));
    expect(await page.textContent('[data-testid=report-outcome]')).toContain('nothing was written');
    // The picture shows the marked text above the first proposals.
    await page.locator('[data-testid=report-result] h3').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'report');

    await page.click('[data-testid=report-import]');
    await expect.poll(() => page.textContent('[data-testid=report-outcome]')).toBe('Imported.');
    const { data } = await t.gql<{ search: Array<{ node: { __typename: string; id?: string; name?: string } }> }>(
      `query($text: String!) { search(text: $text, first: 20) { node { __typename ... on Stakeholder { id name } ... on Person { id name } } } }`,
      { text: place },
    );
    const names = data!.search.map((hit) => hit.node.name);
    expect(names).toContain(`Pemerintah Kota ${place}`);
    expect(names).not.toContain(`Universitas ${place} Raya`);
    // A read, a dry run and an import in one browser session: longer than one page's checks.
  }, 180_000);
});

describe('likely duplicates', () => {
  /**
   * As an editor: finds the pair of `kind` in the list, checks its reasons, asks to merge (nothing
   * is merged before the choice of which record to keep), keeps `keep`, and sees the pair gone.
   */
  async function mergeFromList(kind: 'stakeholder' | 'person', keep: string, merge: string, reasons: string[], keptName: string) {
    const page = await openPage('EDITOR');
    await page.click('[data-tab=edit]');
    const pair = page.locator(`[data-kind=${kind}] [data-testid=duplicates] > li[data-pair="${[keep, merge].sort().join(' ')}"]`);
    await pair.waitFor();
    for (const reason of reasons) expect(await pair.locator('.reasons').textContent()).toContain(reason);
    await pair.locator('[data-testid=merge]').click();
    expect((await t.gql(`query($id: ID!) { ${kind}(id: $id) { id } }`, { id: merge })).data![kind]).toEqual({ id: merge });
    await pair.scrollIntoViewIfNeeded();
    await screenshot(page, kind === 'person' ? 'duplicates-people' : 'duplicates');
    const shown = await pair.locator('.pair').textContent();
    await pair.locator(`[data-testid=keep][data-keep="${keep}"]`).click();
    await page.locator('[data-testid=merged]').waitFor();
    expect(await page.textContent('[data-testid=merged]')).toContain(keptName);
    expect(await pair.count()).toBe(0);
    await page.context().close();
    return shown;
  }

  it('lists a likely duplicate with its reasons and merges it after asking which to keep', async () => {
    const keep = unique('e2e-dinas-koperasi');
    const merge = unique('e2e-diskop');
    for (const [id, name] of [[keep, 'Dinas Koperasi dan UKM Kota Bontang'], [merge, 'Diskop UKM Bontang']]) {
      const written = await t.gql('mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }', { input: { id, name, helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE', regionId: 'kota-bontang' } }, 'EDITOR');
      expect(written.errors).toBeUndefined();
    }
    await mergeFromList('stakeholder', keep, merge, ['Abbreviation', 'Same region'], 'Dinas Koperasi dan UKM Kota Bontang');
    const read = await t.gql('query($id: ID!) { stakeholder(id: $id) { id aliases } }', { id: merge });
    expect(read.data!.stakeholder).toEqual({ id: keep, aliases: ['Diskop UKM Bontang'] });
  }, 120_000);

  it('lists two people likely to be one, with their offices, and merges them after asking which to keep', async () => {
    const [keep, merge] = [unique('e2e-person-a'), unique('e2e-person-b')];
    const people: Array<[string, string, string[]]> = [
      [keep, 'Hendra Wijayakusuma', ['Kepala Bidang Pariwisata']],
      [merge, 'Drs. Hendra Wijayakusuma, M.Si', ['Kepala Bidang Pariwisata', 'Ketua Tim Wisata Industri']],
    ];
    for (const [id, name, titles] of people) {
      const written = await t.gql('mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }', { input: { id, name, offices: titles.map((title) => ({ stakeholderId: 'pemkot-bontang', title })) } }, 'EDITOR');
      expect(written.errors).toBeUndefined();
    }
    const shown = await mergeFromList('person', keep, merge, ['Same name', 'Same organisations'], 'Hendra Wijayakusuma');
    expect(shown).toContain('Kepala Bidang Pariwisata, Pemerintah Kota Bontang');
    const read = await t.gql('query($id: ID!) { person(id: $id) { id aliases offices { title } } }', { id: merge });
    expect(read.data!.person).toMatchObject({ id: keep, aliases: ['Drs. Hendra Wijayakusuma, M.Si'] });
    expect(read.data!.person.offices.map((o: { title: string }) => o.title).sort()).toEqual(['Kepala Bidang Pariwisata', 'Ketua Tim Wisata Industri']);
  }, 120_000);

  it('shows a viewer the list without the merge button', async () => {
    const page = await openPage('VIEWER');
    await page.click('[data-tab=edit]');
    await page.locator('[data-testid=duplicates], [data-testid=duplicates-none]').first().waitFor();
    expect(await page.locator('[data-testid=merge]').count()).toBe(0);
  });
});

describe('a scoped editor', () => {
  let key: string;
  beforeAll(async () => {
    const created = await t.gql('mutation { createApiKey(name: "koordinator Bontang", role: EDITOR, scope: { regions: ["kota-bontang"] }) { key } }', {}, 'ADMIN');
    expect(created.errors).toBeUndefined();
    key = created.data!.createApiKey.key;
  });

  /** Opens a stakeholder from the search, in the panel. */
  async function open(page: Page, text: string, id: string) {
    await pick(page, '#search', text, id);
    const name = (await t.gql('query($id: ID!) { stakeholder(id: $id) { name } }', { id })).data!.stakeholder.name as string;
    await expect.poll(() => page.textContent('[data-testid=panel-name]')).toBe(name);
  }

  it('sees the edit controls disabled, with the reason, on a stakeholder outside its area, and enabled on one inside', async () => {
    const page = await openPage({ key });
    await expect.poll(() => page.textContent('[data-testid=role]')).toContain('Kota Bontang');

    await open(page, 'balikpapan', 'pemkot-balikpapan');
    const header = page.locator('.panel-header [data-testid=edit]');
    expect(await header.isDisabled()).toBe(true);
    expect(await header.getAttribute('title')).toBe('Outside your area (Kota Bontang): you can read it but not change it.');
    expect(await page.textContent('[data-testid=outside-scope]')).toContain('Outside your area (Kota Bontang)');
    for (const control of ['log-interaction', 'assess']) expect(await page.locator(`[data-testid=${control}]`).isDisabled()).toBe(true);
    await screenshot(page, 'scoped-editor');

    await open(page, 'masata', 'masata-bontang');
    expect(await page.locator('.panel-header [data-testid=edit]').isEnabled()).toBe(true);
    expect(await page.locator('[data-testid=outside-scope]').count()).toBe(0);
    for (const control of ['log-interaction', 'assess']) expect(await page.locator(`[data-testid=${control}]`).isEnabled()).toBe(true);
    // Inside its area, the panel's Edit opens the form, as for any editor.
    await page.locator('.panel-header [data-testid=edit]').click();
    await expect.poll(() => page.locator('[data-form=stakeholder] [name=id]').inputValue()).toBe('masata-bontang');
    await page.context().close();
  }, 120_000);

  it('merges only two records of its own area: Merge… is disabled, naming the one outside, as the API refuses it', async () => {
    const [inside, outside] = [unique('e2e-scoped-in'), unique('e2e-scoped-out')];
    for (const [id, office] of [[inside, 'pemkot-bontang'], [outside, 'pemkot-balikpapan']]) {
      const written = await t.gql('mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }', { input: { id, name: 'Rudi Hartono Saputra', offices: [{ stakeholderId: office, title: 'Staf Ahli' }] } }, 'EDITOR');
      expect(written.errors).toBeUndefined();
    }
    const page = await openPage({ key });
    await page.click('[data-tab=edit]');
    const merge = page.locator(`[data-kind=person] li[data-pair="${[inside, outside].sort().join(' ')}"] [data-testid=merge]`);
    await merge.waitFor();
    expect(await merge.isDisabled()).toBe(true);
    expect(await merge.getAttribute('title')).toBe('“Rudi Hartono Saputra” is outside your area (Kota Bontang): an editor of its area can merge these two.');
    const refused = await t.as(key, 'mutation($keep: ID!, $merge: ID!) { mergePeople(keep: $keep, merge: $merge) { mergedId } }', { keep: inside, merge: outside });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.context().close();
  }, 120_000);

  it('reads the reason in Bahasa, on a tablet too', async () => {
    for (const [options, prefix] of [[DESKTOP, ''], [TABLET, 'tablet-']] as const) {
      for (const language of ['en', 'id'] as const) {
        const page = await openPage({ key }, options, '/?stakeholder=pemkot-balikpapan', language);
        const header = page.locator('.panel-header [data-testid=edit]');
        await header.waitFor();
        expect(await header.isDisabled()).toBe(true);
        if (language === 'id') expect(await header.getAttribute('title')).toBe('Di luar wilayah Anda (Kota Bontang): Anda dapat membacanya, tetapi tidak dapat mengubahnya.');
        await page.locator('.panel-header').scrollIntoViewIfNeeded();
        if (prefix || language === 'id') await screenshot(page, `${prefix}scoped-editor${language === 'id' ? '-id' : ''}`);
        await page.context().close();
      }
    }
  }, 180_000);
});

describe('live updates', () => {
  it("shows an edit saved in one browser on another browser's map, without reloading it", async () => {
    const editor = await openPage('EDITOR');
    const viewer = await openPage('VIEWER');
    for (const page of [editor, viewer]) await page.waitForSelector('[data-testid=live-status][data-state=live]');
    const before = Number(await viewer.getAttribute('[data-testid=map-status]', 'data-nodes'));
    // Counted before the write: once it is saved, the viewer may already be redrawing.
    const ties = async () => Number(/(\d+) ties/.exec((await viewer.textContent('[data-testid=map-status]')) ?? '')?.[1]);
    const tiesBefore = await ties();
    expect(tiesBefore).toBeGreaterThan(0);
    const id = unique('live-media');
    const key = t.key('EDITOR');
    // The first browser saves a new outlet in Bontang, with a tie to the city government, with the
    // page's own operations named by their manifest ids (the service runs only those here).
    const [upsert, record] = [operations.UPSERT_STAKEHOLDER, operations.RECORD_COLLABORATION].map((document) => createHash('sha256').update(document).digest('hex'));
    const saved = await editor.evaluate(
      async ({ id, key, upsert, record }) => {
        const send = (documentId: string, variables: unknown) =>
          fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ documentId, variables }) }).then((r) => r.json());
        await send(upsert, { input: { id, name: 'Radio Langsung Bontang', helix: 'MEDIA', kind: 'NEWS_OUTLET', regionId: 'kota-bontang' } });
        return send(record, {
          input: { id: `${id}-liputan`, name: 'Liputan langsung', kind: 'PARTNERSHIP', parties: [{ stakeholderId: id }, { stakeholderId: 'pemkot-bontang' }] },
        });
      },
      { id, key, upsert: upsert!, record: record! },
    );
    expect(saved.errors, JSON.stringify(saved.errors)).toBeUndefined();
    // The second browser redraws its map with the outlet and its tie: one stakeholder and one tie more.
    await viewer.waitForFunction(
      ([n, e]) => {
        const status = document.querySelector('[data-testid=map-status]');
        return Number(status?.getAttribute('data-nodes')) === n && status?.textContent?.includes(`${e} ties`);
      },
      [before + 1, tiesBefore + 1] as const,
      { timeout: 20_000 },
    );
    expect(await viewer.getAttribute('[data-testid=live-status]', 'data-state')).toBe('live');
    await screenshot(viewer, 'live');
    // A delete disappears the same way.
    await t.gql(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id: `${id}-liputan` }, 'EDITOR');
    await t.gql(`mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }`, { id }, 'EDITOR');
    await viewer.waitForFunction((n) => Number(document.querySelector('[data-testid=map-status]')?.getAttribute('data-nodes')) === n, before, { timeout: 20_000 });
    await editor.context().close();
    await viewer.context().close();
  }, 120_000);

  it('does not follow a dated view, and says so', async () => {
    const page = await openPage('VIEWER', DESKTOP, '/?asOf=2024-01-01');
    await page.waitForSelector('[data-testid=live-status][data-state=paused]');
    expect(await page.textContent('[data-testid=live-status]')).toBe('Not live (dated view)');
    await page.context().close();
  });
});
