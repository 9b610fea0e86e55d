// Institutions in a real browser against the real server: institution staff (the role granted
// by the administrator `run.sh` creates) verify a company on its profile — the badge names their
// chamber on the profile and in the directory, whose "only verified" filter finds it — and
// withdraw it again; the statistics page counts a cross-border conversation made through the
// API, lists both companies in its drill-down and downloads them as CSV; an API token is created
// for the chamber, shown once, works against /api/v1/statistics and is refused once revoked;
// a company's person sees no statistics link and gets the "not for you" note. Then 375 px.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

import {
  ADMIN,
  BASE_URL,
  api,
  apiToken,
  byTestId,
  confirmedAccount,
  createOrganization,
  grantRole,
  horizontalOverflow,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
  withPage as withPageOf,
} from './helpers.mjs';

const skip = ADMIN ? false : 'needs the administrator of e2e/run.sh (GLOKAL_E2E_ADMIN_EMAIL)';

let browser;
const suffix = Math.random().toString(36).slice(2, 6);
/** Staff log in once per test (the per-account login limit allows five at once). */
const staff = { id: '', email: '', password: '', name: '', token: '' };
const chamber = { id: '', name: `IHK Dresden Test ${suffix}` };
const german = { id: '', email: '', password: '', name: '', org: `Elbtal Präzision ${suffix} GmbH`, orgId: '' };
const czech = { id: '', email: '', password: '', name: '', org: `Liberecké plasty ${suffix} s.r.o.`, orgId: '' };

before(async () => {
  browser = await launchBrowser();
  if (skip) return;
  Object.assign(staff, await confirmedAccount({ prefix: 'e2e-inst-staff', name: 'Katrin Weber', language: 'de' }));
  await grantRole(staff, 'institution_staff');
  staff.token = await apiToken(staff);
  const created = await api('POST', '/api/v1/organizations', staff.token, { name: chamber.name, kind: 'chamber', country: 'DE', city: 'Dresden', description: { de: 'Kammer.' } });
  assert.equal(created.status, 201);
  chamber.id = (await created.json()).id;
  Object.assign(german, await confirmedAccount({ prefix: 'e2e-inst-de', name: 'Eva Schulz', language: 'de' }));
  german.orgId = (await createOrganization(german, { name: german.org, kind: 'company', country: 'DE', city: 'Pirna', description: { de: 'Präzisionsteile.' } })).id;
  Object.assign(czech, await confirmedAccount({ prefix: 'e2e-inst-cz', name: 'Jan Novák', language: 'cs' }));
  czech.orgId = (await createOrganization(czech, { name: czech.org, kind: 'company', country: 'CZ', city: 'Liberec', description: { cs: 'Vstřikování plastů.' } })).id;
});

after(async () => {
  await browser?.close();
});

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** The number a headline figure shows (its `data-value`). */
async function figure(page, testid) {
  return Number(await page.getAttribute(byTestId(testid), 'data-value'));
}

test('staff verify a company: badge on the profile and in the directory, "only verified", withdraw', { skip, timeout: 180_000 }, async () => {
  await withPage('institutions-verify', { locale: 'de-DE' }, async (page) => {
    await logIn(page, `/organizations/${german.orgId}`, staff);
    await page.waitForSelector(byTestId('verify-panel'));
    assert.match(await page.textContent(byTestId('verify-status')), /Noch nicht verifiziert/);
    assert.equal(await page.locator(byTestId('verified-badge')).count(), 0);

    // The dialog offers the chamber the staff member belongs to; the register check for a German company.
    await page.click(byTestId('verify-open'));
    await page.waitForSelector(`${byTestId('verify-dialog')}[open]`);
    await page.waitForSelector(`#verify-institution option[value="${chamber.id}"]`, { state: 'attached' });
    assert.equal(await page.inputValue('#verify-institution'), chamber.id);
    await page.check(byTestId('verify-register'));
    await page.click(byTestId('verify-confirm'));

    const badge = byTestId('verified-badge');
    await page.waitForSelector(badge);
    const text = await page.textContent(badge);
    assert.ok(text.includes(`Verifiziert von ${chamber.name} am`), text);
    assert.match(text, /\d{2}\.\d{2}\.\d{4}/);
    assert.match(await page.textContent(byTestId('register-badge')), /Registerprüfung/);
    assert.match(await page.textContent(byTestId('notice')), /jetzt verifiziert/);
    await screenshot(page, 'institutions-profile-verified');

    // The directory: the card names the chamber; "only verified" keeps it and drops the Czech company.
    await page.goto(`${BASE_URL}/organizations`);
    await page.waitForSelector(byTestId('directory-results'));
    await page.check(byTestId('filter-verified'));
    await page.waitForURL(/verified=true/);
    const card = `${byTestId('org-card')}[data-id="${german.orgId}"]`;
    await page.waitForSelector(card);
    assert.ok((await page.textContent(`${card} ${byTestId('verified-badge')}`)).includes(chamber.name));
    assert.equal(await page.locator(`${byTestId('org-card')}[data-id="${czech.orgId}"]`).count(), 0);
    for (const id of await page.locator(byTestId('org-card')).evaluateAll((cards) => cards.map((c) => c.dataset.id))) {
      assert.equal(await page.locator(`${byTestId('org-card')}[data-id="${id}"] ${byTestId('verified-badge')}`).count(), 1, 'every card verified');
    }
    assert.equal(await page.isChecked(byTestId('filter-verified')), true);
    await screenshot(page, 'institutions-directory-verified');
    await page.reload();
    await page.waitForSelector(card);
    assert.equal(await page.isChecked(byTestId('filter-verified')), true, 'the filter lives in the URL');

    // Withdrawn after confirming; verified again through the API for the tests below.
    await page.goto(`${BASE_URL}/organizations/${german.orgId}`);
    await page.click(byTestId('verify-revoke'));
    await page.waitForSelector(`${byTestId('verify-revoke-dialog')}[open]`);
    await page.click(byTestId('verify-revoke-cancel'));
    assert.equal(await page.locator(badge).count(), 1, 'cancelled: still verified');
    await page.click(byTestId('verify-revoke'));
    await page.click(byTestId('verify-revoke-confirm'));
    await page.waitForSelector(badge, { state: 'detached' });
    await page.waitForSelector(byTestId('verify-open'));
    const again = await api('POST', `/api/v1/organizations/${german.orgId}/verification`, staff.token, { institution_id: chamber.id });
    assert.equal(again.status, 200);
  });
});

test('statistics: a cross-border conversation changes the figures; drill-down and CSV', { skip, timeout: 180_000 }, async () => {
  await withPage('institutions-statistics', { locale: 'de-DE' }, async (page) => {
    await logIn(page, '/', staff);
    // The account menu has the link for staff.
    await page.click(byTestId('header-account-menu'));
    await page.click(byTestId('header-statistics'));
    await page.waitForSelector(byTestId('stats-figures'));
    const before = {
      contacts: await figure(page, 'stats-contacts-cross'),
      cooperating: await figure(page, 'stats-cooperating'),
      de: Number(/Deutschland (\d+)/.exec(await page.textContent(`${byTestId('stats-figures')} li`))[1]),
    };
    assert.ok(before.de >= 2, 'the chamber and the German company');

    // A German–Czech conversation, answered: both count as cooperating across the border.
    const started = await api('POST', '/api/v1/conversations', await apiToken(german), {
      from_organization_id: german.orgId,
      to_organization_id: czech.orgId,
      body: `Guten Tag, wir suchen Spritzgussteile (${suffix}).`,
    });
    assert.equal(started.status, 201);
    const conversation = (await started.json()).id;
    const answered = await api('POST', `/api/v1/conversations/${conversation}/messages`, await apiToken(czech), { body: 'Dobrý den, rádi nabídneme.' });
    assert.equal(answered.status, 201);

    await page.reload();
    await page.waitForSelector(byTestId('stats-figures'));
    assert.equal(await figure(page, 'stats-contacts-cross'), before.contacts + 1);
    assert.equal(await figure(page, 'stats-cooperating'), before.cooperating + 2);
    assert.match(await page.textContent(byTestId('stats-period')), /Zeitraum: \d{2}\.\d{2}\.\d{4} – \d{2}\.\d{2}\.\d{4}/);

    // Charts are images with a text alternative, and a table to fold out.
    const chart = `${byTestId('stats-chart-country')} svg[role="img"]`;
    assert.match(await page.getAttribute(chart, 'aria-label'), /^Nach Land: Deutschland \d+/);
    await page.click(byTestId('stats-chart-country-table-toggle'));
    assert.match(await page.textContent(`${byTestId('stats-chart-country')} table`), /Tschechien/);
    // Each country leads to its organisations in the directory.
    const czechRow = `${byTestId('stats-chart-country')} table th a:has-text("Tschechien")`;
    assert.equal(await page.getAttribute(czechRow, 'href'), '/organizations?country=CZ');
    assert.equal(await page.locator(`${byTestId('stats-chart-months')} rect.stats-bar`).count() >= 1, true);

    // The drill-down names both companies with links to their profiles.
    await page.click(byTestId('stats-drilldown'));
    const row = (id) => `${byTestId('stats-coop-row')}[data-id="${id}"]`;
    await page.waitForSelector(row(german.orgId));
    assert.equal(await page.getAttribute(`${row(czech.orgId)} a`, 'href'), `/organizations/${czech.orgId}`);
    assert.match(await page.textContent(row(czech.orgId)), /Tschechien.*Liberec.*von beiden Seiten beantwortetes Gespräch/s);
    await screenshot(page, 'institutions-statistics');

    // CSV from the API with the person's token, saved by the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('stats-csv'))]);
    assert.match(download.suggestedFilename(), /^glokal-cooperating-organizations-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeffid;name;country;city'), csv.slice(0, 40));
    assert.ok(csv.includes(czech.org) && csv.includes(german.org));

    // The period: a preset goes into the URL; a start after the end is refused in the browser.
    await page.click(byTestId('stats-preset-year'));
    await page.waitForURL(new RegExp(`from=${new Date().getFullYear()}-01-01`));
    await page.waitForSelector(`${byTestId('stats-preset-year')}[aria-pressed="true"]`);
    // Demo data only when asked for (the URL says so).
    await page.check(byTestId('stats-demo'));
    await page.waitForURL(/demo=true/);
    await page.waitForSelector(`${byTestId('stats-preset-year')}[aria-pressed="true"]`);
    await page.fill('#stats-from', '2030-01-02');
    await page.fill('#stats-to', '2030-01-01');
    await page.click(byTestId('stats-apply'));
    await page.waitForSelector('#stats-period-error:not([hidden])');

    // Printed: no period form, no buttons.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible(byTestId('stats-period-form')), false);
    assert.equal(await page.isVisible('.site-header'), false);
    await screenshot(page, 'institutions-statistics-print');
    await page.emulateMedia({ media: 'screen' });
  });
});

test('an API token: created, shown once, works for the statistics, refused once revoked', { skip, timeout: 180_000 }, async () => {
  await withPage('institutions-tokens', { locale: 'de-DE' }, async (page) => {
    await logIn(page, `/organizations/${chamber.id}/members`, staff);
    await page.click(byTestId('members-api-tokens'));
    await page.waitForSelector(byTestId('tokens-page'));
    await page.waitForSelector(byTestId('tokens-empty'));
    assert.equal(await page.getAttribute(byTestId('tokens-docs'), 'href'), '/api/docs/');

    // Without a name and without scopes the browser asks for them.
    await page.uncheck(byTestId('token-scope-organizations-read'));
    await page.click(byTestId('token-create'));
    await page.waitForSelector('#token-name-error:not([hidden])');
    await page.waitForSelector('#token-scopes-error:not([hidden])');

    await page.fill('#token-name', 'CRM-Abgleich');
    await page.check(byTestId('token-scope-statistics-read'));
    await page.click(byTestId('token-create'));
    await page.waitForSelector(byTestId('token-created'));
    const secret = await page.inputValue(byTestId('token-secret'));
    assert.match(secret, /^glk_/);
    assert.match(await page.textContent(byTestId('token-created')), /nur dieses eine Mal/);
    const row = `${byTestId('token-row')}[data-name="CRM-Abgleich"]`;
    await page.waitForSelector(row);
    assert.match(await page.textContent(row), /Statistik lesen/);
    assert.match(await page.textContent(row), /noch nie genutzt/);
    await screenshot(page, 'institutions-token-created');

    // The token reads the statistics like a CRM would.
    const used = await fetch(`${BASE_URL}/api/v1/statistics`, { headers: { Authorization: `Bearer ${secret}` } });
    assert.equal(used.status, 200);
    assert.ok((await used.json()).organizations.total >= 3);

    // Shown once: after a reload only its first characters are left; its use is recorded.
    await page.reload();
    await page.waitForSelector(row);
    assert.equal(await page.locator(byTestId('token-created')).count(), 0);
    assert.equal((await page.content()).includes(secret), false, 'the secret is gone');
    assert.match(await page.textContent(row), /zuletzt genutzt am/);

    // Revoked after confirming: refused from then on.
    await page.click(`${row} ${byTestId('token-revoke')}`);
    await page.waitForSelector(`${byTestId('token-revoke-dialog')}[open]`);
    await page.click(byTestId('token-revoke-confirm'));
    await page.waitForSelector(byTestId('tokens-revoked'));
    await page.waitForSelector(`${row}[data-revoked="true"]`);
    const refused = await fetch(`${BASE_URL}/api/v1/statistics`, { headers: { Authorization: `Bearer ${secret}` } });
    assert.equal(refused.status, 401);
    await screenshot(page, 'institutions-tokens');
  });
});

test('a company person sees no statistics link and gets the note; visitors log in first', { skip, timeout: 120_000 }, async () => {
  await withPage('institutions-company', { locale: 'de-DE' }, async (page) => {
    await page.goto(`${BASE_URL}/statistics`);
    await page.waitForSelector(byTestId('login-form'));
    await logIn(page, `/organizations/${german.orgId}`, german);
    await page.waitForSelector(byTestId('profile-page'));
    assert.equal(await page.locator(byTestId('header-statistics')).count(), 0);
    assert.equal(await page.locator(byTestId('verify-panel')).count(), 0);
    // The verification by the chamber shows to its own members too.
    assert.ok((await page.textContent(byTestId('verified-badge'))).includes(chamber.name));
    await page.goto(`${BASE_URL}/statistics`);
    await page.waitForSelector(byTestId('stats-forbidden'));
    const refused = await api('GET', '/api/v1/statistics', await apiToken(german));
    assert.equal(refused.status, 403);
    await page.goto(`${BASE_URL}/organizations/${german.orgId}/api-tokens`);
    await page.waitForSelector(byTestId('tokens-forbidden'));
  });
});

test('statistics, profile, tokens and directory at 375 px', { skip, timeout: 180_000 }, async () => {
  await withPage('institutions-mobile', { locale: 'cs-CZ', viewport: { width: 375, height: 800 } }, async (page) => {
    await logIn(page, '/statistics', staff);
    await page.waitForSelector(byTestId('stats-figures'));
    await page.click(byTestId('lang-cs'));
    await page.waitForSelector('html[lang="cs"]');
    await page.click(byTestId('stats-drilldown'));
    await page.waitForSelector(byTestId('stats-coop-table'));
    // Czech names in the charts' text alternatives and the drill-down.
    assert.match(await page.getAttribute(`${byTestId('stats-chart-country')} svg`, 'aria-label'), /^Podle země: Německo \d+/);
    assert.match(await page.textContent(byTestId('stats-coop-table')), /konverzace zodpovězená oběma stranami/);
    assert.equal(await horizontalOverflow(page), 0, 'statistics');
    await screenshot(page, 'institutions-statistics-375');
    await page.goto(`${BASE_URL}/organizations/${german.orgId}`);
    await page.waitForSelector(byTestId('verified-badge'));
    assert.equal(await horizontalOverflow(page), 0, 'profile');
    await screenshot(page, 'institutions-profile-375');
    await page.goto(`${BASE_URL}/organizations?verified=true`);
    await page.waitForSelector(`${byTestId('org-card')}[data-id="${german.orgId}"]`);
    assert.equal(await horizontalOverflow(page), 0, 'directory');
    await page.goto(`${BASE_URL}/organizations/${chamber.id}/api-tokens`);
    await page.waitForSelector(byTestId('token-list'));
    assert.equal(await horizontalOverflow(page), 0, 'tokens');
    await screenshot(page, 'institutions-tokens-375');
  });
});
