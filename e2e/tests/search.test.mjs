// Search in a real browser: the header's search box (suggestions by keyboard, WAI-ARIA
// combobox), a German word finding a Czech firm that wrote only Czech, facets, chips and the
// distance filter in the URL (kept on reload), saving a search and managing it, the notification
// settings on the account page, and everything at 375 px without sideways scrolling.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE_URL,
  api,
  apiToken,
  byTestId,
  confirmedAccount,
  createOrganization,
  horizontalOverflow,
  launchBrowser,
  logIn,
  pickFirst,
  screenshot,
  withPage as withPageOf,
} from './helpers.mjs';

let browser;
// Letters only: the suffix is typed as a word into the search box.
const suffix = Array.from({ length: 5 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');
const czech = { account: null, org: null };
const german = { account: null, org: null };
/** A German buyer who searches, saves searches and sets notifications. */
let buyer;
/** Someone who looks at the pages at several widths (logins per account are limited). */
let viewer;

before(async () => {
  browser = await launchBrowser();
  czech.account = await confirmedAccount({ prefix: 'e2e-search-cz', name: 'Petra Svobodová', language: 'cs' });
  german.account = await confirmedAccount({ prefix: 'e2e-search-de', name: 'Uwe Berger', language: 'de' });
  buyer = await confirmedAccount({ prefix: 'e2e-search-buyer', name: 'Katrin Vogel', language: 'de' });
  viewer = await confirmedAccount({ prefix: 'e2e-search-viewer', name: 'Zdeněk Král', language: 'cs' });
  czech.org = await createOrganization(czech.account, {
    name: `Plasty ${suffix} Svobodová s.r.o.`,
    kind: 'company',
    country: 'CZ',
    city: 'Liberec',
    nace_main: '22.29',
    keywords: ['vstřikování plastů'],
    description: { cs: 'Zakázkové vstřikování plastů pro automobilový průmysl, nástrojárna v Liberci.' },
  });
  german.org = await createOrganization(german.account, {
    name: `Berger Spritzguss ${suffix} GmbH`,
    kind: 'company',
    country: 'DE',
    city: 'Zittau',
    nace_main: '22.29',
    description: { de: 'Spritzguss technischer Kunststoffteile in Zittau.' },
  });
  // The change feed makes both searchable within a second.
  for (let i = 0; i < 50; i += 1) {
    const response = await fetch(`${BASE_URL}/api/v1/search?q=${suffix}`);
    if ((await response.json()).total >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

after(async () => {
  await browser?.close();
});

const withPage = (name, options, body) => withPageOf(browser, name, options, body);
const INPUT = '#header-search-input';
const hitOf = (org) => `${byTestId('search-hit')}[data-id="${org.id}"]`;

test('header search: suggestions by keyboard, a German word finds the Czech firm', { timeout: 120_000 }, async () => {
  await withPage('search-header', { locale: 'de-DE', viewport: { width: 1440, height: 900 } }, async (page) => {
    await page.goto(`${BASE_URL}/`);
    // Wide screens: the magnifier opens the box and puts the focus into it.
    await page.click(byTestId('header-search-toggle'));
    assert.equal(await page.getAttribute(byTestId('header-search-toggle'), 'aria-expanded'), 'true');
    await page.waitForFunction(() => document.activeElement?.id === 'header-search-input');
    assert.equal(await page.getAttribute(INPUT, 'role'), 'combobox');
    const listbox = await page.getAttribute(INPUT, 'aria-controls');
    assert.equal(await page.getAttribute(`#${listbox}`, 'role'), 'listbox');

    // The Czech firm's name word by word: one organisation suggestion.
    await page.type(INPUT, `Svobodová ${suffix}`, { delay: 30 });
    await page.waitForSelector(`${INPUT}[aria-expanded="true"]`);
    await page.waitForSelector(`#${listbox} [role="option"][data-value="o:${czech.org.id}"]`);
    await screenshot(page, 'search-suggestions');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute(INPUT, 'aria-activedescendant');
    assert.ok(active, 'an option is active');
    assert.equal(await page.getAttribute(`#${active}`, 'aria-selected'), 'true');
    assert.equal(await page.getAttribute(`#${active}`, 'data-value'), `o:${czech.org.id}`);
    // Escape closes the list, the focus stays in the box.
    await page.keyboard.press('Escape');
    assert.equal(await page.getAttribute(INPUT, 'aria-expanded'), 'false');
    assert.equal(await page.getAttribute(INPUT, 'aria-activedescendant'), null);
    // ↓ opens it again on the first option; Enter opens the organisation.
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getAttribute(INPUT, 'aria-expanded'), 'true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}/organizations/${czech.org.id}`);

    // A NACE suggestion searches the activity.
    await page.click(byTestId('header-search-toggle'));
    await page.fill(INPUT, '');
    await page.type(INPUT, 'Kunststoffwa', { delay: 30 });
    await page.waitForSelector(`#${listbox} [role="option"][data-value^="n:"]`);
    const naceOption = await page.getAttribute(`#${listbox} [role="option"][data-value^="n:"]`, 'data-value');
    await page.click(`#${listbox} [role="option"][data-value^="n:"]`);
    await page.waitForURL(new RegExp(`/search\\?nace=${naceOption.slice(2).replace('.', '\\.')}$`));
    await page.waitForSelector(byTestId('search-chip'));
    assert.equal(await page.getAttribute(byTestId('search-chip'), 'data-key'), 'nace');

    // A German word and Enter: the Czech firm that wrote only Czech, with the words marked.
    await page.click(byTestId('header-search-toggle'));
    await page.fill(INPUT, 'Spritzguss');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Spritzguss$/);
    const snippet = `${hitOf(czech.org)} ${byTestId('search-hit-snippet')}`;
    // (The activity's hits stay until the new ones are there.)
    await page.waitForSelector(`${snippet} mark`);
    assert.match(await page.textContent(byTestId('search-heading')), /Ergebnisse für „Spritzguss“/);
    assert.match(await page.textContent(snippet), /vstřikování plastů/);
    assert.ok((await page.$$(`${snippet} mark`)).length > 0, 'matched words are marked');
    assert.equal(await page.$(`${snippet} script, ${snippet} b`), null);
    assert.match(await page.textContent(`${hitOf(czech.org)} ${byTestId('search-hit-lang')}`), /auf Tschechisch verfasst/);
    // The German firm's own text needs no such note.
    await page.waitForSelector(hitOf(german.org));
    assert.equal(await page.$(`${hitOf(german.org)} ${byTestId('search-hit-lang')}`), null);
    assert.match(await page.textContent(byTestId('search-count')), /\d+ Treffer/);
    await screenshot(page, 'search-results-de');
  });
});

/** A 1 × 1 PNG, served as every map tile. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('facets, chips, map and distance live in the URL and survive a reload', { timeout: 120_000 }, async () => {
  await withPage('search-facets', { locale: 'de-DE' }, async (page) => {
    // A tile server announced by /api/v1/info (intercepted; tiles served by the test).
    await page.route('**/api/v1/info', async (route) => {
      const response = await route.fetch();
      const info = await response.json();
      await route.fulfill({ response, json: { ...info, map_tiles_url: '/e2e-tiles/{z}/{x}/{y}.png', map_attribution: '© E2E tiles' } });
    });
    const tiles = [];
    await page.route('**/e2e-tiles/**', (route) => {
      tiles.push(new URL(route.request().url()).pathname);
      return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
    });
    await page.goto(`${BASE_URL}/search?q=Spritzguss`);
    await page.waitForSelector(hitOf(german.org));
    // The map: a numbered marker per hit with a place, linking to it; the list numbered alike.
    await page.click(byTestId('search-map-toggle'));
    await page.waitForURL(/view=map/);
    await page.waitForSelector(`${byTestId('results-map-marker')}[data-id="${czech.org.id}"]`);
    const marker = `${byTestId('results-map-marker')}[data-id="${czech.org.id}"]`;
    assert.equal(await page.getAttribute(marker, 'href'), `/organizations/${czech.org.id}`);
    const number = (await page.textContent(marker)).trim();
    assert.equal((await page.textContent(`${hitOf(czech.org)} .hit-number`)).trim(), number);
    assert.equal(await page.getAttribute(byTestId('search-map-toggle'), 'aria-pressed'), 'true');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="results-map"] img')].every((img) => img.complete));
    assert.equal((await page.$$(`${byTestId('results-map')} img`)).length, 20);
    assert.ok(tiles.length > 0);
    assert.ok(tiles.every((t) => /^\/e2e-tiles\/\d+\/\d+\/\d+\.png$/.test(t)), tiles.join(' '));
    await screenshot(page, 'search-map-de');
    await page.click(byTestId('search-map-toggle'));
    await page.waitForURL((u) => !/view=map/.test(u.search));
    assert.equal(await page.$(byTestId('results-map')), null);
    // Country facet with counts: Czechia.
    const cz = `${byTestId('facet-country')} [data-value="CZ"]`;
    await page.waitForSelector(cz);
    assert.match(await page.textContent(cz), /Tschechien\s*\d+/);
    await page.click(cz);
    await page.waitForURL(/country=CZ/);
    await page.waitForSelector(`${byTestId('search-chip')}[data-key="country"]`);
    await page.waitForFunction((id) => !document.querySelector(`[data-testid="search-hit"][data-id="${id}"]`), german.org.id);
    await page.waitForSelector(hitOf(czech.org));
    assert.equal(await page.getAttribute(cz, 'aria-pressed'), 'true');
    // Organisations only.
    await page.click(byTestId('search-type-organization'));
    await page.waitForURL(/type=organization/);
    assert.equal(await page.getAttribute(byTestId('search-type-organization'), 'aria-pressed'), 'true');
    // Within 50 km of Zittau, by distance.
    await pickFirst(page, '#filter-place', 'Zittau');
    await page.waitForURL(/near=\d+/);
    await page.waitForSelector(`${byTestId('search-chip')}[data-key="near"]`);
    assert.match(await page.textContent(`${byTestId('search-chip')}[data-key="near"]`), /50 km um Zittau/);
    await page.selectOption('#search-sort', 'distance');
    await page.waitForURL(/sort=distance/);
    await page.waitForSelector(`${hitOf(czech.org)} ${byTestId('search-hit-distance')}`);
    assert.match(await page.textContent(`${hitOf(czech.org)} ${byTestId('search-hit-distance')}`), /\d+ km/);
    await screenshot(page, 'search-filtered-de');

    // Reload: the same filters, chips and hits.
    const url = page.url();
    await page.reload();
    await page.waitForSelector(hitOf(czech.org));
    assert.equal(page.url(), url);
    const keys = await page.$$eval(byTestId('search-chip'), (chips) => chips.map((c) => c.dataset.key).sort());
    assert.deepEqual(keys, ['country', 'near']);
    assert.equal(await page.inputValue('#search-sort'), 'distance');

    // Removing the distance chip drops the distance order too; removing the country brings
    // the German firm back.
    await page.click(`${byTestId('search-chip')}[data-key="near"] .chip-remove`);
    await page.waitForURL((u) => !/near=|sort=distance/.test(u.search));
    await page.click(`${byTestId('search-chip')}[data-key="country"] .chip-remove`);
    await page.waitForURL((u) => !/country=/.test(u.search));
    await page.waitForSelector(hitOf(german.org));
    // The back button undoes it.
    await page.goBack();
    await page.waitForURL(/country=CZ/);
    await page.waitForSelector(`${byTestId('search-chip')}[data-key="country"]`);
    // Nothing found: the hint.
    await page.goto(`${BASE_URL}/search?q=xqzvwk${suffix}qq`);
    await page.waitForSelector(byTestId('search-empty'));
  });
});

test('save a search, manage it, visitors are sent to log in first', { timeout: 120_000 }, async () => {
  await withPage('search-save', { locale: 'de-DE' }, async (page) => {
    // A visitor: "log in to save", which comes back to the search.
    await page.goto(`${BASE_URL}/search?q=Spritzguss&country=CZ`);
    await page.waitForSelector(byTestId('search-save-login'));
    await page.click(byTestId('search-save-login'));
    await page.waitForSelector(byTestId('login-form'));
    await page.fill('#login-email', buyer.email);
    await page.fill('#login-password', buyer.password);
    await page.click(byTestId('login-submit'));
    await page.waitForURL(/\/search\?q=Spritzguss&country=CZ$/);
    await page.waitForSelector(byTestId('search-save'));

    // The dialog: name suggested from the words, weekly.
    await page.click(byTestId('search-save'));
    await page.waitForSelector(`${byTestId('save-search-dialog')}[open]`);
    assert.equal(await page.inputValue('#save-search-name'), 'Spritzguss');
    await page.fill('#save-search-name', '');
    await page.click(byTestId('save-search-confirm'));
    await page.waitForSelector('#save-search-name[aria-invalid="true"]');
    await page.fill('#save-search-name', `Spritzguss CZ ${suffix}`);
    await page.selectOption('#save-search-frequency', 'weekly');
    await screenshot(page, 'search-save-dialog');
    await page.click(byTestId('save-search-confirm'));
    await page.waitForSelector(byTestId('search-saved'));

    // The account menu leads to the list.
    await page.click(byTestId('header-account-menu'));
    await page.click(byTestId('header-saved-searches'));
    await page.waitForSelector(byTestId('saved-search'));
    const item = byTestId('saved-search');
    assert.match(await page.textContent(item), new RegExp(`Spritzguss CZ ${suffix}`));
    assert.match(await page.textContent(item), /„Spritzguss“ mit einem Filter/);
    const select = `${item} select`;
    assert.equal(await page.inputValue(select), 'weekly');
    await page.selectOption(select, 'daily');
    await page.waitForSelector(byTestId('saved-search-saved'));
    await screenshot(page, 'saved-searches-de');
    await page.reload();
    await page.waitForSelector(item);
    assert.equal(await page.inputValue(select), 'daily');
    // Opening it shows the same search.
    await page.click(byTestId('saved-search-open'));
    await page.waitForURL(/\/search\?q=Spritzguss&country=CZ$/);
    await page.waitForSelector(hitOf(czech.org));

    // Delete after confirming: the empty state.
    await page.goto(`${BASE_URL}/account/saved-searches`);
    await page.waitForSelector(item);
    await page.click(byTestId('saved-search-delete'));
    await page.waitForSelector(`${byTestId('saved-search-delete-dialog')}[open]`);
    await page.click(byTestId('saved-search-delete-confirm'));
    await page.waitForSelector(byTestId('saved-searches-empty'));
  });
});

test('notification settings are saved and kept after a reload', { timeout: 120_000 }, async () => {
  await withPage('search-notifications', { locale: 'de-DE' }, async (page) => {
    await logIn(page, '/account#notifications', buyer);
    const email = '#notify-saved_searches-email';
    const inApp = '#notify-shortage_alerts-in_app';
    await page.waitForSelector(email);
    assert.equal(await page.isChecked(email), true);
    await page.uncheck(email);
    await page.uncheck(inApp);
    await page.click(byTestId('notifications-submit'));
    await page.waitForSelector(byTestId('notifications-saved'));
    assert.match(await page.textContent(byTestId('notifications-saved')), /gespeichert/);
    await page.reload();
    await page.waitForSelector(email);
    assert.equal(await page.isChecked(email), false);
    assert.equal(await page.isChecked(inApp), false);
    assert.equal(await page.isChecked('#notify-messages-email'), true);
    const stored = await (await api('GET', '/api/v1/me/notification-preferences', await apiToken(buyer))).json();
    const saved = stored.items.find((c) => c.category === 'saved_searches');
    assert.deepEqual([saved.in_app, saved.email], [true, false]);
    await screenshot(page, 'account-notifications-de');
  });
});

test('375 px: header search row, results, saved searches and account without sideways scrolling', { timeout: 120_000 }, async () => {
  await withPage('search-375', { locale: 'cs-CZ', viewport: { width: 375, height: 800 } }, async (page) => {
    await logIn(page, '/', viewer);
    // The box is a row of the header: no toggle needed.
    assert.equal(await page.isVisible(byTestId('header-search-toggle')), false);
    assert.equal(await page.isVisible(INPUT), true);
    assert.equal(await horizontalOverflow(page), 0);
    await screenshot(page, 'search-header-375');
    await page.fill(INPUT, 'Spritzguss');
    await page.keyboard.press('Enter');
    await page.waitForSelector(hitOf(czech.org));
    assert.equal(await horizontalOverflow(page), 0);
    await screenshot(page, 'search-results-375');
    await page.goto(`${BASE_URL}/account/saved-searches`);
    await page.waitForSelector(`${byTestId('saved-searches-empty')}, ${byTestId('saved-searches')}`);
    assert.equal(await horizontalOverflow(page), 0);
    await page.goto(`${BASE_URL}/account#notifications`);
    await page.waitForSelector('#notify-messages-email');
    assert.equal(await horizontalOverflow(page), 0);
  });
  // The header at the usual widths (screenshots for review; no sideways scrolling).
  for (const width of [768, 1280, 1440]) {
    await withPage(`search-header-${width}`, { locale: 'de-DE', viewport: { width, height: 700 } }, async (page) => {
      // Logged out (two buttons: the widest header).
      await page.goto(`${BASE_URL}/`);
      await page.waitForSelector(byTestId('header-logged-out'), { state: 'attached' });
      assert.equal(await horizontalOverflow(page), 0);
      await screenshot(page, `search-header-${width}-visitor`);
      await logIn(page, '/', viewer);
      assert.equal(await horizontalOverflow(page), 0);
      const header = await page.$('.site-header');
      const box = await header.boundingBox();
      if (width >= 1440) {
        // One row: brand, navigation, account, the magnifier, language, bell.
        assert.ok(box.height < 90, `header height ${box.height} at ${width}`);
        assert.equal(await page.isVisible(byTestId('header-search-toggle')), true);
      } else {
        // The box is a row of the header.
        assert.equal(await page.isVisible(INPUT), true);
      }
      await screenshot(page, `search-header-${width}`);
    });
  }
});
