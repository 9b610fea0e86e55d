// The marketplace in a real browser against the real server: a Czech company posts an urgent
// shortage alert in Czech (browser checks, a server field error in Czech, draft, publish), a
// German visitor finds it in the German list filtered by type and distance and opens it (Czech
// text with the "written in Czech" note), the owner closes it with an outcome. Then the pages
// at 375 px.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE_URL,
  byTestId,
  confirmedAccount,
  createOrganization,
  horizontalOverflow,
  isoDay,
  launchBrowser,
  logIn,
  newPage,
  pickFirst,
  screenshot,
  withPage as withPageOf,
} from './helpers.mjs';

let browser;
/** The Czech company's owner and the company (created through the API). */
const owner = { id: '', email: '', password: '', name: '' };
const org = { id: '', name: '' };
/** The shortage alert, once posted. */
const alert = { id: '', title: '' };

before(async () => {
  browser = await launchBrowser();
  Object.assign(owner, await confirmedAccount({ prefix: 'e2e-market', name: 'Petra Svobodová', language: 'cs' }));
  org.name = `Svoboda Plasty ${Math.random().toString(36).slice(2, 6)} s.r.o.`;
  org.id = (
    await createOrganization(owner, {
      name: org.name,
      kind: 'company',
      country: 'CZ',
      city: 'Liberec',
      description: { cs: 'Vstřikování plastů pro automobilový průmysl.' },
    })
  ).id;
  alert.title = `Naléhavě hledáme granulát PA6 GF30 ${Math.random().toString(36).slice(2, 6)}`;
});

after(async () => {
  await browser?.close();
});

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** The card of the alert in a list. */
const card = () => `${byTestId('opp-card')}[data-id="${alert.id}"]`;

test('a Czech shortage alert: posted, found in German by type and distance, closed', { timeout: 240_000 }, async () => {
  const ownerPage = await newPage(browser, { locale: 'cs-CZ' });
  let visitor;
  try {
    // From the profile ("no offers yet") to the editor, with the organisation chosen.
    await logIn(ownerPage, `/organizations/${org.id}`, owner);
    await ownerPage.waitForSelector(byTestId('profile-opportunities-none'));
    await ownerPage.click(byTestId('profile-new-opportunity'));
    await ownerPage.waitForSelector(byTestId('opp-form'));
    assert.equal(await ownerPage.inputValue('#opp-organization'), org.id);

    // A shortage alert sent empty: the browser asks for a title and the day it is needed.
    await ownerPage.selectOption('#opp-type', 'shortage_alert');
    await ownerPage.waitForSelector(`${byTestId('opp-request-fields')}:not([hidden])`);
    await ownerPage.waitForSelector(`${byTestId('opp-capacity-fields')}[hidden]`, { state: 'attached' });
    await ownerPage.click(byTestId('opp-save-draft'));
    await ownerPage.waitForSelector('#opp-title-error:not([hidden])');
    await ownerPage.waitForSelector('#opp-needed-by-error:not([hidden])');
    assert.match(await ownerPage.textContent('#opp-needed-by-error'), /Vyplňte prosím toto pole/);
    assert.equal(await ownerPage.textContent(`${byTestId('opp-lang-tab-cs')} .tab-mark`), '');

    // Czech title and text, quantity, the day, NACE by typing, a keyword; a unit too long for
    // the server comes back as a field error in Czech and takes the focus.
    await ownerPage.fill('#opp-title-cs', alert.title);
    await ownerPage.fill('#opp-text-cs', 'Kvůli výpadku dodavatele hledáme 2 t granulátu PA6 GF30.\nDodání do Liberce.');
    await ownerPage.fill('#opp-quantity', '2');
    await ownerPage.fill('#opp-unit', 'tun granulátu v pytlích po dvaceti pěti kilogramech');
    await ownerPage.fill('#opp-needed-by', isoDay(20));
    await pickFirst(ownerPage, '#opp-nace', 'plast');
    await ownerPage.waitForSelector(`${byTestId('opp-nace-chips')} .chip`);
    await ownerPage.fill('#opp-keywords', 'PA6 GF30');
    await ownerPage.press('#opp-keywords', 'Enter');
    await ownerPage.click(byTestId('opp-save-draft'));
    await ownerPage.waitForSelector('#opp-unit-error:not([hidden])');
    assert.match(await ownerPage.textContent('#opp-unit-error'), /příliš dlouhý/);
    assert.equal(await ownerPage.evaluate(() => document.activeElement?.id), 'opp-unit');
    await screenshot(ownerPage, 'opportunity-editor-cs');
    await ownerPage.fill('#opp-unit', 't');

    // Saved as a draft: only the organisation sees it.
    await ownerPage.click(byTestId('opp-save-draft'));
    await ownerPage.waitForSelector(`${byTestId('opp-page')}[data-status="draft"]`);
    alert.id = await ownerPage.getAttribute(byTestId('opp-page'), 'data-id');
    await ownerPage.waitForSelector(byTestId('opp-draft-note'));
    const anonymous = await fetch(`${BASE_URL}/api/v1/opportunities/${alert.id}`);
    assert.equal(anonymous.status, 404, 'a draft is invisible to others');

    // Published from its page.
    await ownerPage.click(byTestId('opp-publish'));
    await ownerPage.waitForSelector(`${byTestId('opp-page')}[data-status="published"]`);
    await ownerPage.waitForSelector(byTestId('notice'));
    assert.equal((await ownerPage.textContent(byTestId('opp-title'))).trim(), alert.title);
    assert.match(await ownerPage.textContent(byTestId('opp-fact-quantity')), /^2 t$/);
    await screenshot(ownerPage, 'opportunity-cs');

    // Edited once published (one "save" button): an English title without its text is refused
    // by the server under the English text, in Czech; with the text it is saved.
    await ownerPage.click(byTestId('opp-edit'));
    await ownerPage.waitForSelector(byTestId('opp-submit'));
    assert.equal(await ownerPage.$(byTestId('opp-save-draft')), null);
    await ownerPage.click(byTestId('opp-lang-tab-en'));
    await ownerPage.fill('#opp-title-en', 'Urgently wanted: PA6 GF30 granulate');
    await ownerPage.click(byTestId('opp-submit'));
    await ownerPage.waitForSelector('#opp-text-en-error:not([hidden])');
    assert.match(await ownerPage.textContent('#opp-text-en-error'), /Vyplňte prosím toto pole/);
    assert.equal(await ownerPage.textContent(`${byTestId('opp-lang-tab-en')} .tab-mark`), '!');
    await ownerPage.fill('#opp-text-en', 'We need 2 t of PA6 GF30 granulate.');
    await ownerPage.click(byTestId('opp-submit'));
    await ownerPage.waitForSelector(`${byTestId('opp-page')}[data-status="published"] ${byTestId('opp-text-lang-en')}`);

    // Extended: open for two more months.
    const until = isoDay(60);
    await ownerPage.click(byTestId('opp-extend-open'));
    await ownerPage.waitForSelector(`${byTestId('opp-extend-dialog')}[open]`);
    await ownerPage.fill('#opp-extend-date', until);
    await ownerPage.click(byTestId('opp-extend-confirm'));
    const [year, month, day] = until.split('-').map(Number);
    await ownerPage.waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent === text,
      [byTestId('opp-fact-valid-until'), `${day}. ${month}. ${year}`],
    );

    // A German visitor: the marketplace filtered by the type and by 50 km around Zittau.
    visitor = await newPage(browser, { locale: 'de-DE' });
    await visitor.goto(`${BASE_URL}/opportunities`);
    await visitor.waitForSelector(byTestId('opp-results'));
    await visitor.check('#filter-type-shortage_alert');
    await visitor.waitForURL(/type=shortage_alert/);
    await pickFirst(visitor, '#filter-place', 'Zittau');
    await visitor.waitForURL(/near=\d+/);
    assert.match(visitor.url(), /radius_km=50/);
    await visitor.waitForSelector(card());
    const found = await visitor.$$eval(byTestId('opp-card'), (cards) => cards.map((c) => c.dataset.type));
    assert.ok(found.every((type) => type === 'shortage_alert'), `only shortage alerts: ${found}`);
    assert.match(await visitor.textContent(`${card()} ${byTestId('opp-type')}`), /Engpass – dringend/);
    assert.match(await visitor.textContent(`${card()} ${byTestId('opp-date')}`), /^Benötigt bis \d\d\.\d\d\.\d{4}$/);
    assert.match(await visitor.textContent(`${card()} ${byTestId('opp-distance')}`), /\d+ km/);
    assert.match(await visitor.textContent(`${card()} ${byTestId('text-lang-note')}`), /Auf Tschechisch verfasst/);
    assert.equal(await visitor.getAttribute(`${card()} ${byTestId('opp-card-title')} a`, 'lang'), 'cs');
    await visitor.selectOption('#opp-sort', 'distance');
    await visitor.waitForURL(/sort=distance/);
    await visitor.waitForSelector(card());
    await screenshot(visitor, 'opportunities-de');

    // Its page: the Czech text with the note, the facts in German, the organisation.
    await visitor.click(`${card()} ${byTestId('opp-card-title')} a`);
    await visitor.waitForSelector(`${byTestId('opp-page')}[data-id="${alert.id}"]`);
    assert.equal(await visitor.getAttribute(byTestId('opp-title'), 'lang'), 'cs');
    assert.match(await visitor.textContent(byTestId('opp-text-note')), /Auf Tschechisch verfasst/);
    assert.equal(await visitor.getAttribute(byTestId('opp-text'), 'lang'), 'cs');
    assert.match(await visitor.textContent(byTestId('opp-text')), /Dodání do Liberce/);
    assert.match(await visitor.textContent(byTestId('opp-fact-type')), /Engpass – dringend/);
    assert.match(await visitor.textContent(byTestId('opp-fact-needed-by')), /^\d\d\.\d\d\.\d{4}$/);
    assert.match(await visitor.textContent(byTestId('opp-nace')), /Kunststoff/);
    assert.equal((await visitor.textContent(byTestId('opp-org-link'))).trim(), org.name);
    assert.equal(await visitor.$(byTestId('opp-actions')), null, 'no actions for visitors');
    await screenshot(visitor, 'opportunity-de');

    // The owner closes it: a partner was found through Glokal.
    await ownerPage.reload();
    await ownerPage.waitForSelector(byTestId('opp-close-open'));
    await ownerPage.click(byTestId('opp-close-open'));
    await ownerPage.waitForSelector(`${byTestId('opp-close-dialog')}[open]`);
    await ownerPage.check('#opp-outcome-partner_found_glokal');
    await ownerPage.click(byTestId('opp-close-confirm'));
    await ownerPage.waitForSelector(`${byTestId('opp-page')}[data-status="closed"]`);
    assert.equal(await ownerPage.getAttribute(byTestId('opp-closed-note'), 'data-outcome'), 'partner_found_glokal');
    assert.match(await ownerPage.textContent(byTestId('opp-closed-note')), /Partner byl nalezen přes Glokal/);
    assert.equal(await ownerPage.$(byTestId('opp-edit')), null, 'a closed one is not edited');

    // Gone from the open list; still there with "open ones only" unchecked.
    await visitor.goto(`${BASE_URL}/opportunities?type=shortage_alert`);
    await visitor.waitForSelector(`${byTestId('opp-empty')}, ${byTestId('opp-results')}`);
    assert.equal(await visitor.$(card()), null, 'closed: not among the open ones');
    await visitor.uncheck('#filter-open-only');
    await visitor.waitForURL(/open_only=false/);
    await visitor.waitForSelector(`${card()} ${byTestId('opp-status')}[data-status="closed"]`);
    assert.match(await visitor.textContent(`${card()} ${byTestId('opp-status')}`), /Abgeschlossen/);
    assert.deepEqual([...ownerPage.problems, ...visitor.problems], []);
  } catch (error) {
    await screenshot(ownerPage, 'failure-marketplace-owner').catch(() => {});
    if (visitor) await screenshot(visitor, 'failure-marketplace-visitor').catch(() => {});
    throw error;
  } finally {
    await ownerPage.context().close();
    await visitor?.context().close();
  }
});

test('the marketplace pages at 375 px', { timeout: 90_000 }, async () => {
  await withPage('marketplace-mobile', { locale: 'cs-CZ', viewport: { width: 375, height: 812 } }, async (page) => {
    await page.goto(`${BASE_URL}/opportunities?open_only=false`);
    await page.waitForSelector(card());
    assert.ok((await horizontalOverflow(page)) <= 0, 'list without horizontal scrolling');
    await screenshot(page, 'opportunities-mobile-375');

    await page.goto(`${BASE_URL}/opportunities/${alert.id}`);
    await page.waitForSelector(byTestId('opp-page'));
    assert.ok((await horizontalOverflow(page)) <= 0, 'detail without horizontal scrolling');
    await screenshot(page, 'opportunity-mobile-375');

    await logIn(page, `/opportunities/new?organization=${org.id}`, owner);
    await page.waitForSelector(byTestId('opp-form'));
    await page.selectOption('#opp-type', 'capacity_offer');
    await page.waitForSelector(`${byTestId('opp-capacity-fields')}:not([hidden])`);
    assert.ok((await horizontalOverflow(page)) <= 0, 'editor without horizontal scrolling');
    await screenshot(page, 'opportunity-editor-mobile-375');
  });
});
