// Organisations in a real browser against the real server: register a Czech organisation
// (town by autocomplete, NACE by search, description in Czech), see its profile, edit it
// (server validation messages under the fields, unsaved-changes warning), then find it in the
// German directory filtered by region and distance. Also the anonymous view, the 404 page and
// the pages at 375 px. Screenshots of directory, profile and editor in German and Czech.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import {
  ARTIFACTS,
  BASE_URL,
  apiToken,
  byTestId,
  confirmedAccount as newAccount,
  launchBrowser,
  logIn as logInAs,
  screenshot,
  withPage as withPageOf,
} from './helpers.mjs';

/** A 64 × 64 PNG (two rings), uploaded as the logo. */
const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAAA3ElEQVR42u3Zyw3CQAyE4bnTEU1QC01RF53AAQkhHorJ2lZ28kc5Gu98ElE2Xt0mvwQAAAAAAAAAAABgp4DD6Ry5r5fj4t0NCEZvYKgheilDnekrDGpOn25Q+vPabNBg+mfNrxAjv40YVJr+kaDUoHXpX2uCCye2GgW81cSXzO22DKhYL72nL6AifUXnPwCfNavfPonNAQAAEFvja83IPj6rP38hAAD2A5hsL8R2egOA6b/IHL6Jp59KOMyFHCZzDrNRh+m0w/mAwwmNyRkZx6wAAAAAAAAAAABbuO5lM1cv2BziAgAAAABJRU5ErkJggg==',
  'base64',
);

/** GeoNames ids of the towns used here. */
const LIBEREC = '3071961';
const ZITTAU = '2804008';

let browser;
/** The account and the organisation the tests share. */
const shared = { email: '', password: '', orgId: '', orgName: '' };
/** A second account (the server allows five logins per account and minute). */
const other = { email: '', password: '' };

before(async () => {
  browser = await launchBrowser();
  Object.assign(shared, await confirmedAccount());
  Object.assign(other, await confirmedAccount());
});

after(async () => {
  await browser?.close();
});

/** A confirmed account of these tests (registered through the API). */
const confirmedAccount = () => newAccount({ prefix: 'e2e-org' });

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** Logs in (by default with the shared account) and opens `next`. */
const logIn = (page, next, account = shared) => logInAs(page, next, account);

/** Types into a combobox and picks the suggestion with `value` by keyboard (↓ … Enter). */
async function pickByKeyboard(page, input, text, value) {
  await page.fill(input, '');
  await page.type(input, text, { delay: 20 });
  const listbox = `${input}-listbox`;
  await page.waitForSelector(`${listbox} [data-value="${value}"]`);
  const values = await page.$$eval(`${listbox} [role="option"]`, (options) => options.map((o) => o.dataset.value));
  const index = values.indexOf(value);
  for (let i = 0; i <= index; i++) await page.press(input, 'ArrowDown');
  const active = await page.getAttribute(input, 'aria-activedescendant');
  assert.equal(await page.getAttribute(`#${active}`, 'data-value'), value, 'the active option is announced');
  await page.press(input, 'Enter');
  await page.waitForSelector(`${listbox}[hidden]`, { state: 'attached' });
}

async function noHorizontalScrolling(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
}

test('register a Czech organisation and see its profile', { timeout: 120_000 }, async () => {
  await withPage('org-create', { locale: 'cs-CZ' }, async (page) => {
    await logIn(page, '/organizations');
    await page.waitForSelector(byTestId('directory-page'));
    assert.match(await page.textContent(byTestId('nav-directory')), /Adresář/);

    // From the directory to the editor.
    await page.click(byTestId('directory-register'));
    await page.waitForSelector(byTestId('editor-form'));
    assert.equal(new URL(page.url()).pathname, '/organizations/new');

    // Sent empty: the browser-side checks mark the required fields, the first one gets the focus.
    await page.click(byTestId('editor-submit'));
    await page.waitForSelector('#org-name[aria-invalid="true"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'org-name');
    assert.match(await page.textContent('#org-description-error'), /alespoň v jednom jazyce/);

    shared.orgName = `Nováková plasty ${Math.random().toString(36).slice(2, 6)} s.r.o.`;
    await page.fill('#org-name', shared.orgName);
    assert.equal(await page.inputValue('#org-country'), 'CZ', 'Czech is the default country of the Czech UI');

    // The town by keyboard from the suggestions (the German name finds it too).
    await pickByKeyboard(page, '#org-city', 'Reichenb', LIBEREC);
    assert.equal(await page.inputValue('#org-city'), 'Liberec');
    assert.match(await page.textContent(byTestId('org-place-chosen')), /Liberec · Liberecký kraj/);

    // Main activity found by a Czech word; labels in the UI language.
    await page.type('#org-nace-main', 'plast', { delay: 20 });
    await page.waitForSelector('#org-nace-main-listbox [data-value="22.29"]');
    await page.click('#org-nace-main-listbox [data-value="22.29"]');
    assert.match(await page.textContent(byTestId('org-nace-main-chips')), /22\.29 – Výroba ostatních plastových výrobků/);
    await page.type('#org-nace-more', '22.21', { delay: 20 });
    await page.click('#org-nace-more-listbox [data-value="22.21"]');

    await page.check('#org-lang-cs');
    await page.check('#org-lang-de');
    await page.fill('#org-keywords', 'vstřikování plastů');
    await page.press('#org-keywords', 'Enter');
    await page.fill('#org-keywords', 'automotive');
    await page.click(byTestId('org-keywords-add'));
    assert.equal(await page.locator(`${byTestId('org-keywords')} li`).count(), 2);

    // The description tab of the UI language is open.
    assert.equal(await page.getAttribute(byTestId('org-desc-tab-cs'), 'aria-selected'), 'true');
    await page.fill('#org-desc-cs', 'Vstřikování plastů pro automobilový průmysl v Liberci. Malé i velké série.');
    await page.selectOption('#org-size', 'small');
    await page.waitForSelector(`${byTestId('editor-dirty')}:not([hidden])`);
    await screenshot(page, 'editor-cs');

    await page.click(byTestId('editor-submit'));
    await page.waitForSelector(byTestId('profile-page'));
    shared.orgId = await page.getAttribute(byTestId('profile-page'), 'data-id');
    assert.equal(new URL(page.url()).pathname, `/organizations/${shared.orgId}`);
    await page.waitForSelector(byTestId('notice'));

    // The profile: everything in Czech, the NACE label in the UI language.
    assert.equal((await page.textContent(byTestId('profile-name'))).trim(), shared.orgName);
    assert.match(await page.textContent(byTestId('profile-place')), /Liberec · Liberecký kraj · Česko/);
    assert.match(await page.textContent(byTestId('profile-description')), /Vstřikování plastů/);
    assert.equal(await page.locator(byTestId('description-note')).count(), 0);
    await page.waitForFunction(() => /Výroba ostatních plastových výrobků/.test(document.querySelector('[data-testid="profile-nace"]')?.textContent));
    assert.match(await page.textContent(byTestId('profile-languages')), /čeština, němčina/);
    const map = await page.getAttribute(byTestId('profile-map-link'), 'href');
    assert.match(map, /^https:\/\/www\.openstreetmap\.org\/\?mlat=50\.767\d*&mlon=15\.056\d*#map=12\//);
    assert.equal(await page.getAttribute(byTestId('profile-map-link'), 'target'), '_blank');
    assert.equal(await page.locator('img, iframe').count(), 0, 'no map tiles are loaded');
    await page.waitForSelector(byTestId('profile-edit'));
    assert.match(await page.title(), new RegExp(shared.orgName.replace(/[.]/g, '\\.')));
    await screenshot(page, 'profile-cs');
  });
});

test('edit the organisation: server validation, unsaved changes, contact persons', { timeout: 120_000 }, async () => {
  assert.ok(shared.orgId, 'the organisation was created');
  await withPage('org-edit', { locale: 'cs-CZ' }, async (page) => {
    await logIn(page, `/organizations/${shared.orgId}`);
    await page.waitForSelector(byTestId('profile-edit'));
    await page.click(byTestId('profile-edit'));
    await page.waitForSelector(byTestId('editor-form'));
    assert.equal(await page.inputValue('#org-name'), shared.orgName);
    assert.equal(await page.inputValue('#org-city'), 'Liberec');
    assert.ok(await page.isChecked('#org-lang-de'));
    assert.equal(await page.isVisible(byTestId('editor-dirty')), false, 'nothing changed yet');

    // Leaving with unsaved changes asks first; staying keeps the form.
    await page.fill('#org-website', 'not a web address');
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.click(byTestId('nav-directory'));
    await page.waitForTimeout(300);
    assert.match(new URL(page.url()).pathname, /\/edit$/);
    assert.equal(await page.inputValue('#org-website'), 'not a web address');

    // An English description and a contact person with a wrong e-mail address.
    await page.click(byTestId('org-desc-tab-en'));
    await page.fill('#org-desc-en', 'Plastic injection moulding for the automotive industry in Liberec.');
    await page.click(byTestId('contact-add'));
    const row = byTestId('contact-row');
    await page.fill(`${row} input[id$="-name"]`, 'Petr Svoboda');
    await page.fill(`${row} input[id$="-email"]`, 'petr@');
    // The contact's languages: the same picker as the organisation's (checkboxes, further ones from the list).
    await page.check(`${row} input[id$="-lang-cs"]`);
    await page.check(`${row} input[id$="-lang-de"]`);
    await page.waitForSelector(`${row} select[id$="-lang-other"] option[value="sk"]`, { state: 'attached' });
    await page.selectOption(`${row} select[id$="-lang-other"]`, 'sk');
    await page.click(`${row} [data-testid$="-lang-other-add"]`);
    assert.match(await page.textContent(`${row} [data-testid$="-lang-chips"]`), /slovenština/);

    // The server's field errors appear under the fields, in Czech; the first one gets the focus.
    await page.click(byTestId('editor-submit'));
    await page.waitForSelector('#org-website[aria-invalid="true"]');
    assert.match(await page.textContent('#org-website-error'), /platnou webovou adresu/);
    const emailError = await page.getAttribute(`${row} input[id$="-email"]`, 'aria-describedby');
    assert.match(await page.textContent(`#${emailError}`), /platnou e-mailovou adresu/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'org-website');

    await page.fill('#org-website', 'www.novakova-plasty.example');
    await page.fill(`${row} input[id$="-email"]`, 'petr.svoboda@example.org');
    await page.click(byTestId('editor-submit'));
    await page.waitForSelector(byTestId('profile-page'));
    await page.waitForSelector(byTestId('notice'));
    assert.match(await page.textContent(byTestId('profile-website')), /novakova-plasty\.example/);
    assert.match(await page.textContent(byTestId('profile-contacts')), /Petr Svoboda/);
    assert.match(await page.textContent(byTestId('profile-contacts')), /petr\.svoboda@example\.org/);
    assert.match(await page.textContent(byTestId('profile-contacts')), /čeština, němčina, slovenština/);

    // The description switches between the languages it exists in.
    await page.click(byTestId('description-lang-en'));
    assert.match(await page.textContent(byTestId('profile-description')), /injection moulding/);
    assert.equal(await page.getAttribute(byTestId('profile-description'), 'lang'), 'en');
  });
});

test('logo, certifications and products: editor, profile in German, directory filter, map', { timeout: 150_000 }, async () => {
  assert.ok(shared.orgId, 'the organisation was created');
  await withPage('org-extras', { locale: 'cs-CZ' }, async (page) => {
    await logIn(page, `/organizations/${shared.orgId}/edit`);
    await page.waitForSelector(byTestId('editor-form'));

    // The logo is checked in the browser first (size), then by the server (is it an image?).
    await page.setInputFiles('#org-logo-file', {
      name: 'obrovske-logo.png',
      mimeType: 'image/png',
      buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 0x89),
    });
    await page.waitForSelector(`${byTestId('logo-error')}[data-error-code="payload_too_large"]`);
    assert.match(await page.textContent(byTestId('logo-error')), /větší než 2 MB/);
    assert.equal(await page.getAttribute('#org-logo-file', 'aria-describedby'), 'org-logo-hint org-logo-error');
    await page.setInputFiles('#org-logo-file', { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
    await page.waitForSelector(`${byTestId('logo-error')}[data-error-code="invalid_image"]`);
    assert.match(await page.textContent(byTestId('logo-error')), /nelze přečíst jako obrázek/);
    await page.setInputFiles('#org-logo-file', { name: 'logo.png', mimeType: 'image/png', buffer: LOGO_PNG });
    await page.waitForSelector(byTestId('logo-done'));
    assert.match(await page.getAttribute(byTestId('logo-image'), 'src'), /^\/media\/logos\/.+\.png$/);
    assert.equal(await page.isVisible(byTestId('editor-dirty')), false, 'the logo is saved at once, the form stays clean');

    // Certifications from the list (topics in Czech), each with an expiry date.
    await page.waitForSelector('#org-cert-choose option[value="iatf_16949"]', { state: 'attached' });
    assert.match(await page.textContent('#org-cert-choose option[value="iatf_16949"]'), /IATF 16949 — Management kvality v automobilovém průmyslu/);
    await page.selectOption('#org-cert-choose', 'iatf_16949');
    await page.click(byTestId('org-cert-add'));
    await page.selectOption('#org-cert-choose', 'iso_14001');
    await page.click(byTestId('org-cert-add'));
    assert.equal(await page.locator('#org-cert-choose option[value="iatf_16949"]').count(), 0, 'a certification is offered once');
    const iatf = `${byTestId('cert-row')}[data-code="iatf_16949"]`;
    const iso = `${byTestId('cert-row')}[data-code="iso_14001"]`;
    await page.fill(`${iatf} input[type="date"]`, '2030-06-30');
    await page.fill(`${iso} input[type="date"]`, '2020-01-31');

    // A product with a Czech name only; sent without a name, the browser marks it.
    await page.click(byTestId('offering-add'));
    const offering = byTestId('offering-row');
    await page.click(byTestId('editor-submit'));
    await page.waitForSelector(`${offering} input[id$="-name-de"][aria-invalid="true"]`);
    assert.match(await page.textContent(`${offering} [id$="-name-error"]`), /alespoň v jednom jazyce/);
    // A name too long for the server: its field error appears under the Czech input.
    await page.fill(`${offering} input[id$="-name-cs"]`, 'Vstřikované díly '.repeat(10));
    await page.click(byTestId('editor-submit'));
    await page.waitForSelector(`${offering} input[id$="-name-cs"][aria-invalid="true"]`);
    assert.match(await page.textContent(`${offering} [id$="-name-cs-error"]`), /příliš dlouhý/);
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /-name-cs$/);
    await page.fill(`${offering} input[id$="-name-cs"]`, 'Vstřikované díly pro automobily');
    await page.fill(`${offering} textarea[id$="-description-cs"]`, 'Série od 1 000 do 500 000 kusů.');
    await screenshot(page, 'editor-extras-cs');
    await page.click(byTestId('editor-submit'));
    await page.waitForSelector(byTestId('profile-page'));

    // The profile in German: logo, certifications (the expired one marked), the product with a note.
    await page.click(byTestId('lang-de'));
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    assert.match(await page.getAttribute(`${byTestId('profile-page')} img${byTestId('org-logo')}`, 'src'), /^\/media\/logos\//);
    const certs = byTestId('profile-certifications');
    await page.waitForFunction(() => /Qualitätsmanagement Automobilindustrie/.test(document.querySelector('[data-testid="profile-certifications"]')?.textContent));
    assert.match(await page.textContent(`${certs} [data-code="iatf_16949"]`), /IATF 16949 — Qualitätsmanagement Automobilindustrie\s*gültig bis 30\.06\.2030/);
    assert.equal(await page.getAttribute(`${certs} [data-code="iso_14001"]`, 'data-expired'), 'true');
    assert.match(await page.textContent(`${certs} [data-code="iso_14001"]`), /abgelaufen am 31\.01\.2020/);
    const product = byTestId('profile-offering');
    assert.match(await page.textContent(product), /Produkt\s*Vstřikované díly pro automobily/);
    assert.match(await page.textContent(`${product} ${byTestId('text-lang-note')}`), /Auf Tschechisch verfasst/);
    assert.equal(await page.getAttribute(`${product} h3`, 'lang'), 'cs');
    await page.waitForSelector(byTestId('profile-members'));
    await screenshot(page, 'profile-extras-de');

    // The directory filters by valid certifications only.
    await page.goto(`${BASE_URL}/organizations`);
    await page.waitForSelector('#filter-certification option[value="iatf_16949"]', { state: 'attached' });
    await page.selectOption('#filter-certification', 'iatf_16949');
    await page.waitForURL(/certification=iatf_16949/);
    const card = `${byTestId('org-card')}[data-id="${shared.orgId}"]`;
    await page.waitForSelector(card);
    assert.match(await page.getAttribute(`${card} img${byTestId('org-logo')}`, 'src'), /^\/media\/logos\//);
    await screenshot(page, 'directory-certification-de');
    await page.selectOption('#filter-certification', 'iso_14001');
    await page.waitForURL(/certification=iso_14001/);
    await page.waitForSelector(`${byTestId('directory-page')} [aria-busy="false"]`);
    assert.equal(await page.locator(card).count(), 0, 'an expired certification does not count');
  });
});

test('the profile shows a map from the tile server when one is configured', { timeout: 60_000 }, async () => {
  assert.ok(shared.orgId, 'the organisation was created');
  await withPage('org-map', { locale: 'en-GB' }, async (page) => {
    // This server has no tile server: the test pretends it has one on its own origin.
    await page.route('**/api/v1/info', async (route) => {
      const response = await route.fetch();
      const info = await response.json();
      await route.fulfill({ response, json: { ...info, map_tiles_url: '/e2e-tiles/{z}/{x}/{y}.png', map_attribution: '© E2E tiles' } });
    });
    const tiles = [];
    await page.route('**/e2e-tiles/**', (route) => {
      tiles.push(new URL(route.request().url()).pathname);
      return route.fulfill({ status: 200, contentType: 'image/png', body: LOGO_PNG });
    });
    await page.goto(`${BASE_URL}/organizations/${shared.orgId}`);
    await page.waitForSelector(byTestId('profile-map'));
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="profile-map"] img')].every((img) => img.complete));
    // 3 × 2 tiles at zoom 12 around Liberec (50.77 N, 15.06 E: tile 2219/1375).
    assert.equal(tiles.length, 6);
    assert.ok(tiles.every((t) => /^\/e2e-tiles\/12\/\d+\/\d+\.png$/.test(t)));
    assert.ok(tiles.includes('/e2e-tiles/12/2219/1375.png'), `the tile of the town is shown: ${tiles}`);
    assert.match(await page.getAttribute(`${byTestId('profile-map')} [role="img"]`, 'aria-label'), /^Map: location of Nováková plasty/);
    assert.equal(await page.textContent(byTestId('profile-map-credit')), '© E2E tiles');
    assert.ok(await page.isVisible(byTestId('profile-map-link')), 'the OpenStreetMap link stays');
    await page.locator(byTestId('profile-map')).screenshot({ path: path.join(ARTIFACTS, 'profile-map.png') });
  });
});

test('anonymous visitors: no contact persons, 404 for unknown ids', { timeout: 60_000 }, async () => {
  assert.ok(shared.orgId, 'the organisation was created');
  await withPage('org-anonymous', { locale: 'en-GB' }, async (page) => {
    await page.goto(`${BASE_URL}/organizations/${shared.orgId}`);
    await page.waitForSelector(byTestId('profile-page'));
    await page.waitForSelector(byTestId('profile-contacts-login'));
    assert.equal(await page.locator(byTestId('profile-contacts')).count(), 0);
    assert.match(await page.textContent(byTestId('profile-contacts-login')), /Log in to see the contact persons/);
    assert.equal(await page.locator(byTestId('profile-edit')).count(), 0, 'no edit button for visitors');

    await page.goto(`${BASE_URL}/organizations/00000000-0000-4000-8000-000000000000`);
    await page.waitForSelector(byTestId('not-found-page'));
    await page.goto(`${BASE_URL}/organizations/not-an-id`);
    await page.waitForSelector(byTestId('not-found-page'));

    // The editor needs a login.
    await page.goto(`${BASE_URL}/organizations/new`);
    await page.waitForSelector(byTestId('login-form'));
    assert.equal(new URL(page.url()).searchParams.get('next'), '/organizations/new');
  });
});

test('find the organisation in the German directory by region and distance', { timeout: 120_000 }, async () => {
  assert.ok(shared.orgId, 'the organisation was created');
  await withPage('org-directory', { locale: 'cs-CZ' }, async (page) => {
    await logIn(page, '/organizations');
    await page.waitForSelector(byTestId('directory-results'));

    // Switch the UI to German.
    await page.click(byTestId('lang-de'));
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    assert.match(await page.textContent('h1'), /Verzeichnis/);

    // Region: Liberecký kraj (the programme area's names in the UI language).
    await page.waitForSelector('#filter-region option[value="CZ051"]', { state: 'attached' });
    assert.match(await page.textContent('#filter-region option[value="CZ051"]'), /Liberecký kraj/);
    await page.selectOption('#filter-region', 'CZ051');
    await page.waitForURL(/region=CZ051/);

    // Within 50 km of Zittau.
    await pickByKeyboard(page, '#filter-place', 'Zitt', ZITTAU);
    await page.waitForURL(/near=2804008/);
    assert.equal(await page.inputValue('#filter-radius_km'), '50');
    await page.selectOption('#directory-sort', 'distance');
    await page.waitForURL(/sort=distance/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('region'), 'CZ051');
    assert.equal(url.searchParams.get('radius_km'), '50');

    const card = `${byTestId('org-card')}[data-id="${shared.orgId}"]`;
    await page.waitForSelector(card);
    await page.waitForSelector(`${byTestId('directory-page')} [aria-busy="false"]`);
    const text = await page.textContent(card);
    assert.match(text, /Unternehmen · Liberec, Region Reichenberg/);
    assert.match(text, /22\.29 – Herstellung von sonstigen Kunststoffwaren/);
    assert.match(text, /Texte auf: DE CS EN|Texte auf: CS EN/);
    assert.match(await page.textContent(`${card} ${byTestId('org-distance')}`), /\d+ km entfernt/);
    await screenshot(page, 'directory-de');

    // The filters are in the URL: a reload shows the same, the back button undoes a filter.
    await page.reload();
    await page.waitForSelector(card);
    assert.equal(await page.inputValue('#filter-region'), 'CZ051');
    assert.equal(await page.inputValue('#filter-place'), 'Zittau');
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('sort'));
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('near'));
    assert.equal(await page.inputValue('#filter-place'), '');

    // A filter nothing matches: empty state with a reset link.
    await page.selectOption('#filter-kind', 'chamber');
    await page.waitForSelector(byTestId('directory-empty'));
    await page.click(`${byTestId('directory-empty')} a`);
    await page.waitForURL((u) => u.search === '');
    await page.waitForSelector(byTestId('org-card'));
    // Other test files add organisations, so the card may be on a later page of the whole
    // directory: narrow it to the region again to open the profile.
    await page.selectOption('#filter-region', 'CZ051');
    await page.waitForSelector(card);

    // Profile and editor in German: the Czech text with a note, labels in German.
    await page.click(`${card} a`);
    await page.waitForSelector(byTestId('profile-page'));
    await page.waitForSelector(byTestId('description-note'));
    assert.match(await page.textContent(byTestId('description-note')), /Auf Tschechisch verfasst/);
    await screenshot(page, 'profile-de');
    await page.click(byTestId('profile-edit'));
    await page.waitForSelector(byTestId('editor-form'));
    await page.waitForFunction(() => /Herstellung von sonstigen Kunststoffwaren/.test(document.querySelector('[data-testid="org-nace-main-chips"]')?.textContent));
    await screenshot(page, 'editor-de');
  });
});

test('fill the editor from the Czech register ARES by IČO', { skip: !process.env.GLOKAL_E2E_FAKE_ARES && 'needs the fake ARES of run.sh', timeout: 90_000 }, async () => {
  await withPage('org-ares', { locale: 'cs-CZ' }, async (page) => {
    await logIn(page, '/organizations/new', other);
    await page.waitForSelector(byTestId('editor-form'));
    // A German organisation (the UI language's country): no ARES panel.
    await page.selectOption('#org-country', 'DE');
    assert.equal(await page.isVisible(byTestId('ares-panel')), false);
    await page.selectOption('#org-country', 'CZ');
    await page.waitForSelector(byTestId('ares-panel'));

    // A malformed IČO is refused under the input; an unknown one is reported.
    await page.fill('#org-ares-ico', '12345678');
    await page.click(byTestId('ares-fill'));
    await page.waitForSelector('#org-ares-ico[aria-invalid="true"]');
    assert.match(await page.textContent('#org-ares-ico-error'), /platné IČO/);
    await page.fill('#org-ares-ico', '25596641');
    await page.click(byTestId('ares-fill'));
    await page.waitForSelector(`${byTestId('ares-panel')} ${byTestId('error-message')}[data-error-code="company_not_found"]`);

    await page.fill('#org-ares-ico', '28715306');
    await page.click(byTestId('ares-fill'));
    await page.waitForSelector(byTestId('ares-filled'));
    assert.equal(await page.inputValue('#org-name'), 'NISA-PLAST Liberec s.r.o.');
    assert.equal(await page.inputValue('#org-street'), 'Švermova 1087/36a');
    assert.equal(await page.inputValue('#org-postal-code'), '460 10');
    assert.equal(await page.inputValue('#org-dic'), 'CZ28715306');
    assert.equal(await page.inputValue('#org-ico'), '28715306');
    assert.equal(await page.inputValue('#org-founding-year'), '2003');
    await page.waitForSelector(`${byTestId('org-place-chosen')}:not([hidden])`);
    assert.match(await page.textContent(byTestId('org-nace-main-chips')), /22\.29/);

    // Leaving confirms first; accepting leaves without saving.
    page.once('dialog', (dialog) => dialog.accept());
    await page.click(byTestId('editor-cancel'));
    await page.waitForSelector(byTestId('directory-page'));
  });
});

test('directory, profile and editor at 375 px', { timeout: 90_000 }, async () => {
  assert.ok(shared.orgId, 'the organisation was created');
  await withPage('org-mobile', { locale: 'cs-CZ', viewport: { width: 375, height: 812 } }, async (page) => {
    await logIn(page, '/organizations');
    await page.waitForSelector(byTestId('directory-results'));
    await noHorizontalScrolling(page);
    await screenshot(page, 'directory-mobile-375');
    await page.click(byTestId('menu-toggle'));
    await page.waitForSelector(byTestId('nav-directory'), { state: 'visible' });
    await page.click(byTestId('menu-toggle'));

    await page.goto(`${BASE_URL}/organizations/${shared.orgId}`);
    await page.waitForSelector(byTestId('profile-page'));
    await noHorizontalScrolling(page);
    await screenshot(page, 'profile-mobile-375');

    await page.goto(`${BASE_URL}/organizations/${shared.orgId}/edit`);
    await page.waitForSelector(byTestId('editor-form'));
    await noHorizontalScrolling(page);
    await screenshot(page, 'editor-mobile-375');
  });
});

test('delete an organisation on its edit page, after confirming', { timeout: 60_000 }, async () => {
  // An organisation of the second account, created through the API, deleted through the UI.
  const token = await apiToken(other);
  const create = await fetch(`${BASE_URL}/api/v1/organizations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'Kurzlebig GmbH', kind: 'company', country: 'DE', city: 'Zittau', description: { de: 'Wird gleich gelöscht.' } }),
  });
  assert.equal(create.status, 201);
  const { id } = await create.json();

  await withPage('org-delete', { locale: 'cs-CZ' }, async (page) => {
    await logIn(page, `/organizations/${id}/edit`, other);
    await page.waitForSelector(byTestId('org-delete-section'));
    await page.click(byTestId('org-delete-open'));
    await page.waitForSelector(`${byTestId('org-delete-dialog')}[open]`);
    await page.click(byTestId('org-delete-cancel'));
    await page.waitForSelector(`${byTestId('org-delete-dialog')}:not([open])`, { state: 'attached' });
    await page.click(byTestId('org-delete-open'));
    await page.click(byTestId('org-delete-confirm'));
    await page.waitForSelector(byTestId('directory-page'));
    assert.match(await page.textContent(byTestId('notice')), /smazána/);
    await page.goto(`${BASE_URL}/organizations/${id}`);
    await page.waitForSelector(byTestId('not-found-page'));

    // Someone else's organisation: no edit button, and the editor says so.
    if (shared.orgId) {
      await page.goto(`${BASE_URL}/organizations/${shared.orgId}`);
      await page.waitForSelector(byTestId('profile-contacts'));
      assert.equal(await page.locator(byTestId('profile-edit')).count(), 0);
      await page.goto(`${BASE_URL}/organizations/${shared.orgId}/edit`);
      await page.waitForSelector(byTestId('editor-forbidden'));
    }
  });
});
