// Events in a real browser against the real server: institution staff (the role granted by the
// administrator `run.sh` creates) create an event for their chamber and publish it; a Czech
// company registers from the "log in to register" link, the event (one place) fills up, so a
// German company lands on the waiting list; the first cancels and the second moves up; the
// check-in list toggles; the month view shows the event; "my registrations" lists it. Then the
// pages at 375 px.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  ADMIN,
  BASE_URL,
  byTestId,
  confirmedAccount,
  createOrganization,
  grantRole,
  horizontalOverflow,
  isoDay,
  launchBrowser,
  logIn,
  newPage,
  pickFirst,
  screenshot,
  waitForMailText,
  withPage as withPageOf,
} from './helpers.mjs';

const skip = ADMIN ? false : 'needs the administrator of e2e/run.sh (GLOKAL_E2E_ADMIN_EMAIL)';

let browser;
const staff = { id: '', email: '', password: '', name: '' };
const chamber = { id: '', name: '' };
const czech = { id: '', email: '', password: '', name: '', org: '' };
const german = { id: '', email: '', password: '', name: '', org: '' };
/** The event, once created; its day (in 12 days) and month. */
const event = { id: '', title: `Kooperationsbörse Oberlausitz ${Math.random().toString(36).slice(2, 6)}`, day: isoDay(12) };

before(async () => {
  browser = await launchBrowser();
  if (skip) return;
  Object.assign(staff, await confirmedAccount({ prefix: 'e2e-staff', name: 'Katrin Weber', language: 'de' }));
  await grantRole(staff, 'institution_staff');
  chamber.name = `IHK Testkammer ${Math.random().toString(36).slice(2, 6)}`;
  chamber.id = (await createOrganization(staff, { name: chamber.name, kind: 'chamber', country: 'DE', city: 'Dresden', description: { de: 'Kammer.' } })).id;
  Object.assign(czech, await confirmedAccount({ prefix: 'e2e-cz-firm', name: 'Jan Novák', language: 'cs' }));
  czech.org = `Novák Strojírna ${Math.random().toString(36).slice(2, 6)} s.r.o.`;
  await createOrganization(czech, { name: czech.org, kind: 'company', country: 'CZ', city: 'Liberec', description: { cs: 'Strojírna.' } });
  Object.assign(german, await confirmedAccount({ prefix: 'e2e-de-firm', name: 'Eva Schulz', language: 'de' }));
  german.org = `Schulz Metallbau ${Math.random().toString(36).slice(2, 6)} GmbH`;
  await createOrganization(german, { name: german.org, kind: 'company', country: 'DE', city: 'Görlitz', description: { de: 'Metallbau.' } });
});

after(async () => {
  await browser?.close();
});

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** The state of one's own registration on the event page. */
const mine = byTestId('my-registration');

test('staff publish an event; registration, waiting list, moving up, check-in, month view', { skip, timeout: 300_000 }, async () => {
  const staffPage = await newPage(browser, { locale: 'de-DE' });
  const czechPage = await newPage(browser, { locale: 'cs-CZ' });
  const germanPage = await newPage(browser, { locale: 'de-DE' });
  try {
    // From the chamber's profile to the editor, the chamber chosen as organiser.
    await logIn(staffPage, `/organizations/${chamber.id}`, staff);
    await staffPage.click(byTestId('profile-new-event'));
    await staffPage.waitForSelector(byTestId('event-form'));
    assert.equal(await staffPage.inputValue('#event-organization'), chamber.id);

    // Sent without times: the browser asks for them.
    await staffPage.fill('#event-title-de', event.title);
    await staffPage.click(byTestId('event-submit'));
    await staffPage.waitForSelector('#event-starts-error:not([hidden])');
    assert.equal(await staffPage.evaluate(() => document.activeElement?.id), 'event-starts');

    // German and Czech texts, type, times (Central European time), venue by autocomplete,
    // languages, one place, a programme item.
    await staffPage.fill('#event-description-de', 'Zulieferer aus Sachsen und Nordböhmen treffen sich zu Gesprächen.');
    await staffPage.click(byTestId('event-lang-tab-cs'));
    await staffPage.fill('#event-title-cs', 'Kooperační burza Horní Lužice');
    await staffPage.selectOption('#event-type', 'cooperation');
    await staffPage.fill('#event-starts', `${event.day}T09:00`);
    await staffPage.fill('#event-ends', `${event.day}T16:00`);
    await staffPage.fill('#event-venue-name', 'Landratsamt Görlitz');
    await pickFirst(staffPage, '#event-venue-city', 'Görlitz');
    await staffPage.waitForSelector(`${byTestId('event-place-chosen')}:not([hidden])`);
    await staffPage.fill('#event-venue-street', 'Bahnhofstraße 24');
    await staffPage.check('#event-lang-spoken-cs');
    await staffPage.fill('#event-capacity', '1');
    await staffPage.click(byTestId('programme-add'));
    const item = `${byTestId('programme-row')}:first-of-type`;
    await staffPage.fill(`${item} input[type="datetime-local"]`, `${event.day}T10:00`);
    await staffPage.fill(`${item} input[id$="-title-de"]`, 'Begrüßung');
    await staffPage.check('#event-matchmaking');
    await screenshot(staffPage, 'event-editor-de');

    // Saved as a draft, then published from its page.
    await staffPage.click(byTestId('event-submit'));
    await staffPage.waitForSelector(`${byTestId('event-page')}[data-status="draft"]`);
    event.id = await staffPage.getAttribute(byTestId('event-page'), 'data-id');
    await staffPage.waitForSelector(byTestId('event-draft-note'));
    await staffPage.click(byTestId('event-publish'));
    await staffPage.waitForSelector(`${byTestId('event-page')}[data-status="published"]`);
    assert.match(await staffPage.textContent(byTestId('event-fact-when')), /, 09:00–16:00 ME(S)?Z$/);
    assert.match(await staffPage.textContent(byTestId('event-venue')), /Landratsamt Görlitz.*Bahnhofstraße 24/s);
    await staffPage.waitForSelector(byTestId('event-map-link'));
    assert.match(await staffPage.textContent(byTestId('event-programme')), /10:00\s*Begrüßung/);
    assert.match(await staffPage.getAttribute(byTestId('event-ics'), 'href'), new RegExp(`/api/v1/events/${event.id}/ics`));
    await screenshot(staffPage, 'event-de');

    // The Czech company: "log in to register" comes back here; one place, taken.
    await czechPage.goto(`${BASE_URL}/events/${event.id}`);
    await czechPage.waitForSelector(byTestId('registration-login'));
    assert.equal((await czechPage.textContent(byTestId('event-title'))).trim(), 'Kooperační burza Horní Lužice');
    await czechPage.click(byTestId('registration-login'));
    await czechPage.waitForSelector(byTestId('login-form'));
    await czechPage.fill('#login-email', czech.email);
    await czechPage.fill('#login-password', czech.password);
    await czechPage.click(byTestId('login-submit'));
    await czechPage.waitForSelector(byTestId('registration-form'));
    assert.equal(new URL(czechPage.url()).pathname, `/events/${event.id}`);
    await czechPage.fill('#registration-note', 'Přijedeme dva.');
    await czechPage.click(byTestId('registration-submit'));
    await czechPage.waitForSelector(`${mine}[data-status="confirmed"]`);
    assert.match(await czechPage.textContent(byTestId('event-fact-places')), /Obsazeno 1 z 1 míst/);

    // The German company: full, so the waiting list (position 1).
    await logIn(germanPage, `/events/${event.id}`, german);
    await germanPage.waitForSelector(byTestId('registration-full'));
    assert.match(await germanPage.textContent(byTestId('registration-submit')), /Auf die Warteliste/);
    await germanPage.click(byTestId('registration-submit'));
    await germanPage.waitForSelector(`${mine}[data-status="waiting"][data-position="1"]`);
    assert.match(await germanPage.textContent(mine), /Warteliste, Platz 1/);
    await screenshot(germanPage, 'event-waiting-de');

    // The Czech company cancels (after confirming); the German one moves up.
    await czechPage.click(byTestId('registration-cancel-open'));
    await czechPage.waitForSelector(`${byTestId('registration-cancel-dialog')}[open]`);
    await czechPage.click(byTestId('registration-cancel-confirm'));
    await czechPage.waitForSelector(byTestId('registration-form'));
    assert.equal(await czechPage.$(mine), null);
    await germanPage.reload();
    await germanPage.waitForSelector(`${mine}[data-status="confirmed"]`);

    // The check-in list: the German company's person arrives (and the toggle works both ways).
    await staffPage.reload();
    await staffPage.click(byTestId('event-registrations-link'));
    await staffPage.waitForSelector(byTestId('checkin-table'));
    const row = `${byTestId('checkin-row')}[data-email="${german.email.toLowerCase()}"]`;
    assert.equal(await staffPage.getAttribute(row, 'data-status'), 'confirmed');
    assert.match(await staffPage.textContent(row), new RegExp(german.org));
    assert.equal(await staffPage.$(`${byTestId('checkin-row')}[data-email="${czech.email.toLowerCase()}"]`), null, 'cancelled ones are not listed');
    await staffPage.click(`${row} ${byTestId('checkin-toggle')}`);
    await staffPage.waitForSelector(`${row}[data-checked-in="true"]`);
    assert.equal(await staffPage.getAttribute(`${row} ${byTestId('checkin-toggle')}`, 'aria-pressed'), 'true');
    await staffPage.click(`${row} ${byTestId('checkin-toggle')}`);
    await staffPage.waitForSelector(`${row}[data-checked-in="false"]`);
    await staffPage.click(`${row} ${byTestId('checkin-toggle')}`);
    await staffPage.waitForSelector(`${row}[data-checked-in="true"]`);
    assert.match(await staffPage.textContent(byTestId('checkin-summary')), /1 anwesend/);
    await staffPage.reload();
    await staffPage.waitForSelector(`${row}[data-checked-in="true"]`);
    await screenshot(staffPage, 'checkin-de');
    await staffPage.emulateMedia({ media: 'print' });
    assert.equal(await staffPage.isVisible('.site-header'), false, 'printed without the navigation');
    await screenshot(staffPage, 'checkin-print');
    await staffPage.emulateMedia({ media: 'screen' });

    // The calendar: the list by month, and the month grid with the event on its day.
    await staffPage.goto(`${BASE_URL}/events`);
    await staffPage.waitForSelector(`${byTestId('event-card')}[data-id="${event.id}"]`);
    assert.match(await staffPage.textContent(`${byTestId('event-card')}[data-id="${event.id}"] ${byTestId('event-places')}`), /Ausgebucht/);
    await screenshot(staffPage, 'events-de');
    await staffPage.click(byTestId('view-month'));
    await staffPage.waitForURL(/view=month/);
    await staffPage.waitForSelector(byTestId('month-grid'));
    if (!(await staffPage.$(`${byTestId('month-event')}[data-id="${event.id}"]`))) {
      await staffPage.click(byTestId('month-next'));
    }
    const cell = `td[data-day="${event.day}"] ${byTestId('month-event')}[data-id="${event.id}"]`;
    await staffPage.waitForSelector(cell);
    assert.match(await staffPage.textContent(cell), /09:00/);
    await screenshot(staffPage, 'events-month-de');

    // "My registrations" on the German company's account page.
    await germanPage.goto(`${BASE_URL}/account#registrations`);
    await germanPage.waitForSelector(`${byTestId('my-registration-item')}[data-id="${event.id}"][data-status="confirmed"]`);
    assert.deepEqual([...staffPage.problems, ...czechPage.problems, ...germanPage.problems], []);
  } catch (error) {
    for (const [page, name] of [[staffPage, 'staff'], [czechPage, 'czech'], [germanPage, 'german']]) {
      await screenshot(page, `failure-events-${name}`).catch(() => {});
      if (page.problems.length) console.error(`browser problems (${name}):\n${page.problems.join('\n')}`);
    }
    throw error;
  } finally {
    for (const page of [staffPage, czechPage, germanPage]) await page.context().close();
  }
});

test('the events pages at 375 px', { skip, timeout: 120_000 }, async () => {
  await withPage('events-mobile', { locale: 'cs-CZ', viewport: { width: 375, height: 812 } }, async (page) => {
    await logIn(page, '/events', staff);
    await page.waitForSelector(`${byTestId('event-card')}[data-id="${event.id}"]`);
    assert.ok((await horizontalOverflow(page)) <= 0, 'calendar without horizontal scrolling');
    await screenshot(page, 'events-mobile-375');

    await page.goto(`${BASE_URL}/events?view=month&month=${event.day.slice(0, 7)}`);
    await page.waitForSelector(`${byTestId('month-event')}[data-id="${event.id}"]`);
    assert.ok((await horizontalOverflow(page)) <= 0, 'month grid without horizontal scrolling');
    await screenshot(page, 'events-month-mobile-375');

    for (const [path, ready, name] of [
      [`/events/${event.id}`, 'event-page', 'event'],
      [`/events/${event.id}/registrations`, 'checkin-table', 'checkin'],
      [`/events/${event.id}/edit`, 'event-form', 'event-editor'],
    ]) {
      await page.goto(`${BASE_URL}${path}`);
      await page.waitForSelector(byTestId(ready));
      assert.ok((await horizontalOverflow(page)) <= 0, `${name} without horizontal scrolling`);
      await screenshot(page, `${name}-mobile-375`);
    }
  });
});

test('organisers cancel the event; the registered person is told by mail', { skip, timeout: 90_000 }, async () => {
  await withPage('event-cancel', { locale: 'de-DE' }, async (page) => {
    const since = Date.now() - 1000;
    await logIn(page, `/events/${event.id}`, staff);
    await page.click(byTestId('event-cancel-open'));
    await page.waitForSelector(`${byTestId('event-cancel-dialog')}[open]`);
    assert.match(await page.textContent(byTestId('event-cancel-dialog')), /Die angemeldete Person erhält eine E-Mail/);
    await page.fill('#event-cancel-reason', 'Der Saal steht leider nicht zur Verfügung.');
    await page.click(byTestId('event-cancel-confirm'));
    await page.waitForSelector(`${byTestId('event-page')}[data-status="cancelled"]`);
    await page.waitForSelector(byTestId('event-cancelled-note'));
    assert.equal(await page.$(byTestId('event-edit')), null, 'a cancelled event is not edited');
    const mail = await waitForMailText(german.email, /Der Saal steht leider nicht zur Verfügung/, { after: since });
    assert.match(mail, /abgesagt/);
  });
});

