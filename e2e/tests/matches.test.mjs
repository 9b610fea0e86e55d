// Matching partners and alert mails in a real browser: a German company's supplier request
// shows the Czech injection moulder (written in Czech) among its matching partners with the
// reasons in German, then in Czech; dismiss and "suggest again"; visitors see no such list.
// A Czech shortage alert mails the German company; the unsubscribe link from that mail works
// without logging in, a broken one is explained.

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
  isoDay,
  launchBrowser,
  logIn,
  waitForMailLink,
  withPage as withPageOf,
} from './helpers.mjs';

let browser;
const suffix = Math.random().toString(36).slice(2, 6);
/** A German buyer and a Czech injection moulder, with their owners (through the API). */
const buyer = { account: null, org: null };
const moulder = { account: null, org: null };
/** The buyer's supplier request. */
let request;

before(async () => {
  browser = await launchBrowser();
  buyer.account = await confirmedAccount({ prefix: 'e2e-match-de', name: 'Thomas Richter', language: 'de' });
  moulder.account = await confirmedAccount({ prefix: 'e2e-match-cz', name: 'Jana Nováková', language: 'cs' });
  buyer.org = await createOrganization(buyer.account, {
    name: `Richter Gehäusebau ${suffix} GmbH`,
    kind: 'company',
    country: 'DE',
    city: 'Zittau',
    nace_main: '27.90',
    description: { de: 'Gehäuse und Schaltschränke für die Elektroindustrie.' },
  });
  moulder.org = await createOrganization(moulder.account, {
    name: `Nováková vstřikovna ${suffix} s.r.o.`,
    kind: 'company',
    country: 'CZ',
    city: 'Liberec',
    nace_main: '22.29',
    keywords: ['vstřikování plastů', 'PA6'],
    description: { cs: 'Vstřikování plastů a výroba plastových dílů, granulát PA6 skladem.' },
  });
  const response = await api('POST', '/api/v1/opportunities', await apiToken(buyer.account), {
    organization_id: buyer.org.id,
    type: 'supplier_request',
    title: { de: `Spritzgussteile aus PA6 gesucht ${suffix}` },
    text: { de: 'Wir suchen einen Lieferanten für Kunststoffteile im Spritzguss, 20 000 Stück im Jahr.' },
    nace_codes: ['22.29'],
    publish: true,
  });
  assert.equal(response.status, 201);
  request = await response.json();
});

after(async () => {
  await browser?.close();
});

const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** The moulder's card among the matches. */
const moulderCard = () => `${byTestId('match')}[data-target="organization"][data-id="${moulder.org.id}"]`;

test('matching partners with reasons in the UI language, dismissed and suggested again', { timeout: 120_000 }, async () => {
  await withPage('matches-owner', { locale: 'de-DE' }, async (page) => {
    await logIn(page, `/opportunities/${request.id}`, buyer.account);
    await page.waitForSelector(byTestId('matches-panel'));
    assert.match(await page.textContent('#matches-title'), /Passende Partner/);
    // The Czech firm, found from German words; the reasons in German.
    await page.waitForSelector(moulderCard());
    const reasons = await page.textContent(`${moulderCard()} ${byTestId('match-reasons')}`);
    assert.match(reasons, /Beide nennen: .*Spritzguss/);
    assert.match(reasons, /Gleiche oder verwandte Tätigkeit: 22\.29/);
    assert.match(reasons, /Partner über die Grenze: Tschechien/);
    assert.match(reasons, /km entfernt \(Liberec\)/);
    assert.match(await page.textContent(`${moulderCard()} ${byTestId('match-score')}`), /Passung \d+ %/);
    assert.equal(
      await page.getAttribute(`${moulderCard()} ${byTestId('match-link')}`, 'href'),
      `/organizations/${moulder.org.id}`,
    );

    // Czech UI: the same suggestion, its reasons written in Czech.
    await page.click(byTestId('lang-cs'));
    await page.waitForFunction(
      (sel) => /Oba uvádějí/.test(document.querySelector(sel)?.textContent || ''),
      `${moulderCard()} ${byTestId('match-reasons')}`,
    );
    await page.click(byTestId('lang-de'));
    await page.waitForFunction(
      (sel) => /Beide nennen/.test(document.querySelector(sel)?.textContent || ''),
      `${moulderCard()} ${byTestId('match-reasons')}`,
    );

    // Dismiss: gone; "show dismissed (1)" brings it back marked, "suggest again" restores it.
    await page.click(`${moulderCard()} ${byTestId('match-toggle')}`);
    await page.waitForSelector(moulderCard(), { state: 'detached' });
    await page.waitForSelector(`${byTestId('matches-show-dismissed')}`);
    await page.check(byTestId('matches-show-dismissed'));
    await page.waitForSelector(`${moulderCard()}.match-dismissed`);
    assert.match(await page.textContent(`${moulderCard()} ${byTestId('match-toggle')}`), /Wieder vorschlagen/);
    await page.click(`${moulderCard()} ${byTestId('match-toggle')}`);
    await page.waitForSelector(`${moulderCard()}:not(.match-dismissed)`);

    // 375 px: no sideways scrolling.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(200);
    assert.equal(await horizontalOverflow(page), 0);
  });
  // Visitors and other companies see the request, not its matches.
  await withPage('matches-visitor', { locale: 'de-DE' }, async (page) => {
    await page.goto(`${BASE_URL}/opportunities/${request.id}`);
    await page.waitForSelector(byTestId('opp-title'));
    assert.equal(await page.locator(byTestId('matches-panel')).count(), 0);
  });
});

test('a shortage alert mails the company nearby; its unsubscribe link works without logging in', { timeout: 120_000 }, async () => {
  const since = Date.now() - 1000;
  const response = await api('POST', '/api/v1/opportunities', await apiToken(moulder.account), {
    organization_id: moulder.org.id,
    type: 'shortage_alert',
    title: { cs: `Naléhavě: skříně pro rozvaděče ${suffix}` },
    text: { cs: 'Hledáme 40 skříní pro rozvaděče do konce měsíce.' },
    nace_codes: ['27.90'],
    keywords: ['rozvaděče'],
    needed_by: isoDay(10),
    max_distance_km: 80,
    publish: true,
  });
  assert.equal(response.status, 201);
  const link = await waitForMailLink(buyer.account.email, '/unsubscribe', { after: since });
  await withPage('unsubscribe', { locale: 'de-DE' }, async (page) => {
    await page.goto(`${BASE_URL}${link}`);
    await page.waitForSelector(byTestId('unsubscribe-success'));
    assert.match(await page.textContent(byTestId('unsubscribe-success')), /keine Engpass-Meldungen mehr per E-Mail/);
    // A broken link: explained, nothing changed.
    await page.goto(`${BASE_URL}/unsubscribe?token=kaputt`);
    await page.waitForSelector(byTestId('unsubscribe-failed'));
    assert.match(await page.textContent(byTestId('unsubscribe-failed')), /ungültig oder abgelaufen/);
  });
  const prefs = await (await api('GET', '/api/v1/me/notification-preferences', await apiToken(buyer.account))).json();
  const alerts = prefs.items.find((i) => i.category === 'shortage_alerts');
  assert.deepEqual([alerts.in_app, alerts.email], [true, false]);
});
