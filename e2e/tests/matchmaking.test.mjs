// The Kooperationsbörse (B2B matchmaking) in a real browser against the real server: institution
// staff (the role granted by the administrator `run.sh` creates) publish an event with
// matchmaking through the API and set the matchmaking up in the browser (a 422 under its field,
// then saved); a Czech company (Czech UI) and a German company (German UI), registered through
// the API, take part: the Czech person saves the event profile (one round left out), finds the
// German company among the suggested partners and asks for a meeting; the German person accepts;
// the staff schedule and publish; both agendas show the same round and table; the table plan
// shows the meeting. Then an outsider; a running event (set up through the API) whose first
// round is over, where a meeting is rated and the organisers see the outcome; the pages at 375 px.

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
  grantRole,
  horizontalOverflow,
  isoDay,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
  withPage as withPageOf,
} from './helpers.mjs';

const skip = ADMIN ? false : 'needs the administrator of e2e/run.sh (GLOKAL_E2E_ADMIN_EMAIL)';

let browser;
const suffix = Math.random().toString(36).slice(2, 6);
const staff = { id: '', email: '', password: '', name: '' };
const czech = { id: '', email: '', password: '', name: '', org: `Liberecká Strojírna ${suffix} s.r.o.`, orgId: '', participant: '' };
const german = { id: '', email: '', password: '', name: '', org: `Lausitzer Feinmechanik ${suffix} GmbH`, orgId: '', participant: '' };
let chamberId = '';
/** The event (in ten days); the meeting's round and table once published. */
const event = { id: '', day: isoDay(10) };
const meeting = { slot: '', table: '' };

/**
 * An access token for `person`, logged in once per run (logins are rate-limited per account and
 * per client address; tokens last 15 minutes, longer than these tests).
 */
async function tokenOf(person) {
  person.token ??= await apiToken(person);
  return person.token;
}

/** Creates an organisation owned by `person` through the API; returns its id. */
async function organization(person, body) {
  const response = await api('POST', '/api/v1/organizations', await tokenOf(person), body);
  assert.equal(response.status, 201, 'organisation created');
  return (await response.json()).id;
}

/** Registers `person` for an event on behalf of their organisation (confirmed); returns its id. */
async function register(person, organizationId, eventId = event.id) {
  const response = await api('POST', `/api/v1/events/${eventId}/registrations`, await tokenOf(person), { organization_id: organizationId });
  assert.equal(response.status, 201, 'registered');
  const registration = await response.json();
  assert.equal(registration.status, 'confirmed');
  return registration.id;
}

before(async () => {
  browser = await launchBrowser();
  if (skip) return;
  Object.assign(staff, await confirmedAccount({ prefix: 'e2e-mm-staff', name: 'Katrin Weber', language: 'de' }));
  await grantRole(staff, 'institution_staff');
  chamberId = await organization(staff, { name: `IHK Börse ${suffix}`, kind: 'chamber', country: 'DE', city: 'Dresden', description: { de: 'Kammer.' } });
  // 08:00–18:00 at UTC+1: the meeting times below (10:00–12:00 Central European time) lie within
  // it in summer and winter alike.
  const token = await tokenOf(staff);
  const created = await api('POST', '/api/v1/events', token, {
    organization_id: chamberId,
    title: { de: `Kooperationsbörse Neiße ${suffix}`, cs: `Kooperační burza Nisa ${suffix}` },
    type: 'cooperation',
    venue: { name: 'Messe Zittau', city: 'Zittau', country: 'DE' },
    starts_at: `${event.day}T08:00:00+01:00`,
    ends_at: `${event.day}T18:00:00+01:00`,
    languages: ['de', 'cs'],
    matchmaking: true,
  });
  assert.equal(created.status, 201, 'event created');
  event.id = (await created.json()).id;
  assert.equal((await api('POST', `/api/v1/events/${event.id}/publish`, token)).status, 200, 'event published');

  // Both companies machine metal parts (NACE 25.62), one speaks only Czech, the other only German.
  Object.assign(czech, await confirmedAccount({ prefix: 'e2e-mm-cz', name: 'Petra Dvořáková', language: 'cs' }));
  czech.orgId = await organization(czech, {
    name: czech.org, kind: 'company', country: 'CZ', city: 'Liberec', nace_main: '25.62', languages: ['cs'],
    keywords: ['CNC frézování'], description: { cs: 'Obrábění kovových dílů na CNC strojích.' },
  });
  Object.assign(german, await confirmedAccount({ prefix: 'e2e-mm-de', name: 'Jonas Richter', language: 'de' }));
  german.orgId = await organization(german, {
    name: german.org, kind: 'company', country: 'DE', city: 'Görlitz', nace_main: '25.62', languages: ['de'],
    keywords: ['Drehteile'], description: { de: 'Dreh- und Frästeile in kleinen Serien.' },
  });
  czech.participant = await register(czech, czech.orgId);
  german.participant = await register(german, german.orgId);
});

after(async () => {
  for (const page of Object.values(open)) await page.context().close().catch(() => {});
  await browser?.close();
});

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/**
 * The staff's, the Czech and the German person's pages: logged in by the first test and kept
 * for the later ones (logins are rate-limited per client address for the whole suite).
 */
const open = {};

/** Runs `body`; on failure saves a screenshot of each open page and prints its browser problems. */
async function withOpen(name, body) {
  try {
    await body();
    for (const [who, page] of Object.entries(open)) assert.deepEqual(page.problems, [], `no browser errors (${who})`);
  } catch (error) {
    for (const [who, page] of Object.entries(open)) {
      await screenshot(page, `failure-${name}-${who}`).catch(() => {});
      if (page.problems.length) console.error(`browser problems (${who}):\n${page.problems.join('\n')}`);
    }
    throw error;
  }
}

test('set up, request, accept, schedule, publish: both agendas and the table plan agree', { skip, timeout: 300_000 }, async () => {
  const staffPage = (open.staff = await newPage(browser, { locale: 'de-DE' }));
  const czechPage = (open.czech = await newPage(browser, { locale: 'cs-CZ' }));
  const germanPage = (open.german = await newPage(browser, { locale: 'de-DE' }));
  await withOpen('matchmaking', async () => {
    // The staff set the matchmaking up from the event's page: 10:00–12:00 with a break
    // 11:00–11:30, 30-minute meetings → three rounds; two tables and one interpreter table.
    await logIn(staffPage, `/events/${event.id}`, staff);
    await staffPage.click(byTestId('event-mm-manage'));
    await staffPage.waitForSelector(byTestId('mm-settings-form'));
    await staffPage.waitForSelector(byTestId('mm-not-set-up'));
    await staffPage.fill('#mm-day-0-starts', `${event.day}T10:00`);
    await staffPage.fill('#mm-day-0-ends', `${event.day}T12:00`);
    await staffPage.click(byTestId('mm-break-add'));
    await staffPage.fill('#mm-break-1-starts', `${event.day}T11:00`);
    await staffPage.fill('#mm-break-1-ends', `${event.day}T11:30`);
    await staffPage.fill('#mm-tables', '2');
    await staffPage.fill('#mm-interpreter-tables', '1');
    await staffPage.fill('#mm-max-meetings', '3');
    // A meeting length the server refuses: its message under the field, in German, focused.
    await staffPage.fill('#mm-slot-minutes', '3');
    await staffPage.click(byTestId('mm-settings-save'));
    await staffPage.waitForSelector('#mm-slot-minutes-error:not([hidden])');
    assert.match(await staffPage.textContent('#mm-slot-minutes-error'), /außerhalb des zulässigen Bereichs/);
    assert.equal(await staffPage.evaluate(() => document.activeElement?.id), 'mm-slot-minutes');
    await staffPage.fill('#mm-slot-minutes', '30');
    await staffPage.click(byTestId('mm-settings-save'));
    await staffPage.waitForSelector(byTestId('mm-settings-saved'));
    assert.match(await staffPage.textContent(byTestId('mm-settings-saved')), /3 Gesprächsrunden zu 30 Minuten/);
    assert.equal((await staffPage.textContent(byTestId('mm-overview-participants'))).trim(), '2');
    await screenshot(staffPage, 'matchmaking-manage-de');

    // The Czech person: from the event's page to the matchmaking; the profile is a suggestion.
    await logIn(czechPage, `/events/${event.id}`, czech);
    await czechPage.click(byTestId('event-mm-take-part'));
    await czechPage.waitForSelector(`${byTestId('mm-profile-form')}[data-saved="false"]`);
    await czechPage.waitForSelector(byTestId('mm-profile-suggested'));
    assert.match(await czechPage.textContent(byTestId('mm-booking')), /Žádosti o schůzku lze posílat/);
    assert.equal(await czechPage.$$eval(byTestId('mm-slot'), (boxes) => boxes.filter((b) => b.checked).length), 3);
    await czechPage.click(byTestId('mm-profile-lang-tab-cs'));
    await czechPage.fill('#mm-offer-cs', 'CNC frézování hliníkových a ocelových dílů, série do 500 kusů.');
    await czechPage.fill('#mm-seek-cs', 'Partnera pro povrchové úpravy v Sasku.');
    // Not there for the first round (10:00).
    await czechPage.uncheck(`${byTestId('mm-slot')}[data-index="0"]`);
    assert.match(await czechPage.textContent(byTestId('mm-rounds-chosen')), /2 z 3/);
    await czechPage.click(byTestId('mm-profile-save'));
    await czechPage.waitForSelector(byTestId('mm-profile-saved'));
    await czechPage.waitForSelector(`${byTestId('mm-profile-form')}[data-saved="true"]`);

    // The German company is a suggested partner (same NACE class), with the reason in Czech.
    const suggested = `${byTestId('mm-suggestion')}[data-id="${german.participant}"]`;
    await czechPage.waitForSelector(suggested);
    assert.match(await czechPage.textContent(`${suggested} ${byTestId('mm-reasons')}`), /Stejný obor \(NACE 25\.62\)/);
    assert.match(await czechPage.textContent(`${byTestId('mm-participant')}[data-id="${czech.participant}"]`), /Vy/);
    await screenshot(czechPage, 'matchmaking-participant-cs');
    await czechPage.click(`${suggested} ${byTestId('mm-request-open')}`);
    await czechPage.waitForSelector(`${byTestId('mm-request-dialog')}[open]`);
    assert.match(await czechPage.textContent('#mm-request-dialog-title'), new RegExp(german.org));
    await czechPage.fill('#mm-request-message', 'Rádi bychom probrali povrchové úpravy frézovaných dílů.');
    await czechPage.click(byTestId('mm-request-confirm'));
    const outgoing = `${byTestId('mm-outgoing')} ${byTestId('mm-request')}[data-with="${german.participant}"]`;
    await czechPage.waitForSelector(`${outgoing}[data-status="pending"]`);
    assert.match(await czechPage.textContent(outgoing), /odpověď do/);
    // Asked partners leave the suggestions; in the list the request's state replaces the button.
    const listed = `${byTestId('mm-participant')}[data-id="${german.participant}"]`;
    await czechPage.waitForSelector(`${listed} ${byTestId('mm-request-status')}[data-status="pending"]`);
    assert.equal(await czechPage.$(`${listed} ${byTestId('mm-request-open')}`), null, 'no second request to the same company');
    assert.equal(await czechPage.$(suggested), null, 'no longer suggested');

    // The German person accepts the request (German UI).
    await logIn(germanPage, `/events/${event.id}/matchmaking`, german);
    const incoming = `${byTestId('mm-incoming')} ${byTestId('mm-request')}[data-with="${czech.participant}"]`;
    await germanPage.waitForSelector(`${incoming}[data-status="pending"]`);
    const request = await germanPage.textContent(incoming);
    assert.match(request, new RegExp(czech.org));
    assert.match(request, /povrchové úpravy/);
    assert.match(request, /Antwort bis/);
    await germanPage.waitForSelector(byTestId('mm-agenda-unpublished'));
    await germanPage.click(`${incoming} ${byTestId('mm-request-accept')}`);
    await germanPage.waitForSelector(`${incoming}[data-status="accepted"]`);
    assert.match(await germanPage.textContent(`${incoming} ${byTestId('mm-request-status')}`), /Angenommen/);
    await screenshot(germanPage, 'matchmaking-requests-de');

    // The staff schedule (one of one, no more possible) and publish after confirming.
    await staffPage.reload();
    await staffPage.waitForSelector(byTestId('mm-overview-accepted'));
    assert.equal((await staffPage.textContent(byTestId('mm-overview-accepted'))).trim(), '1');
    assert.equal(await staffPage.isDisabled(byTestId('mm-publish-open')), true, 'nothing to publish before scheduling');
    await staffPage.click(byTestId('mm-schedule-run'));
    await staffPage.waitForSelector(`${byTestId('mm-scheduled')}[data-scheduled="1"][data-requests="1"][data-bound="1"]`);
    assert.match(await staffPage.textContent(byTestId('mm-scheduled')), /1 von 1 angenommenen Anfragen eingeplant/);
    await staffPage.waitForSelector(byTestId('mm-unscheduled-none'));
    await staffPage.waitForSelector(`${byTestId('mm-publish-open')}:not([disabled])`);
    await staffPage.click(byTestId('mm-publish-open'));
    await staffPage.waitForSelector(`${byTestId('mm-publish-dialog')}[open]`);
    await staffPage.click(byTestId('mm-publish-confirm'));
    await staffPage.waitForSelector(`${byTestId('mm-published')}[data-meetings="1"]`);
    await screenshot(staffPage, 'matchmaking-scheduled-de');

    // Both agendas: the same round (not the first one, which the Czech person left out) and the
    // same table — the interpreter table, as the two share no language.
    for (const [page, other] of [[czechPage, german], [germanPage, czech]]) {
      await page.reload();
      await page.waitForSelector(`${byTestId('mm-meeting')}[data-with="${other.participant}"]`);
    }
    const read = (page) => page.$eval(byTestId('mm-meeting'), (m) => ({ slot: m.dataset.slot, table: m.dataset.table }));
    const [czechMeeting, germanMeeting] = [await read(czechPage), await read(germanPage)];
    assert.deepEqual(czechMeeting, germanMeeting, 'both see the same round and table');
    assert.notEqual(czechMeeting.slot, '0', 'not in the round the Czech person left out');
    Object.assign(meeting, czechMeeting);
    assert.equal(meeting.table, '3', 'the interpreter table follows the two ordinary ones');
    assert.match(await germanPage.textContent(byTestId('mm-meeting-table')), /Tisch 3 \(mit Dolmetscher\)/);
    assert.match(await czechPage.textContent(byTestId('mm-meeting-table')), /Stůl 3 \(s tlumočníkem\)/);
    assert.equal(await czechPage.textContent(byTestId('mm-meeting-time')), await germanPage.textContent(byTestId('mm-meeting-time')));
    assert.match(await germanPage.textContent(byTestId('mm-meeting')), new RegExp(`${czech.org}.*Petra Dvořáková`, 's'));
    assert.equal(await germanPage.$(byTestId('mm-rating')), null, 'rated only after the meeting');
    await screenshot(germanPage, 'matchmaking-agenda-de');

    // The agenda as a calendar file (fetched with the token, saved by the browser).
    const [download] = await Promise.all([germanPage.waitForEvent('download'), germanPage.click(byTestId('mm-agenda-ics'))]);
    assert.equal(download.suggestedFilename(), 'glokal-meetings.ics');
    const ics = fs.readFileSync(await download.path(), 'utf8');
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.match(ics.replace(/\r?\n[ \t]/g, ''), new RegExp(czech.org.replace(/\./g, '\\.')));

    // The table plan shows the meeting in that round, both sides, and prints without navigation.
    await staffPage.click(byTestId('mm-plan-link'));
    const row = `${byTestId('mm-plan-round')}[data-slot="${meeting.slot}"] ${byTestId('mm-plan-meeting')}[data-table="${meeting.table}"]`;
    await staffPage.waitForSelector(row);
    const planned = await staffPage.textContent(row);
    assert.match(planned, new RegExp(czech.org));
    assert.match(planned, new RegExp(german.org));
    assert.match(planned, /Tisch 3 \(mit Dolmetscher\)/);
    assert.equal(
      await staffPage.textContent(`${byTestId('mm-plan-round')}[data-slot="${meeting.slot}"] ${byTestId('mm-plan-time')}`),
      await germanPage.textContent(byTestId('mm-meeting-time')),
    );
    await screenshot(staffPage, 'matchmaking-plan-de');
    await staffPage.emulateMedia({ media: 'print' });
    assert.equal(await staffPage.isVisible('.site-header'), false, 'printed without the navigation');
    assert.equal(await staffPage.isVisible(byTestId('mm-plan-print')), false, 'printed without the buttons');
    await screenshot(staffPage, 'matchmaking-plan-print');
    await staffPage.emulateMedia({ media: 'screen' });
  });
});

test('without a confirmed registration: the note, no participants; managing is refused', { skip, timeout: 90_000 }, async () => {
  const outsider = await confirmedAccount({ prefix: 'e2e-mm-out', name: 'Eva Schulz', language: 'de' });
  await withPage('matchmaking-outsider', { locale: 'de-DE' }, async (page) => {
    await logIn(page, `/events/${event.id}/matchmaking`, outsider);
    await page.waitForSelector(byTestId('mm-outsider'));
    assert.match(await page.textContent(byTestId('mm-outsider')), /Melden Sie sich auf der Seite der Veranstaltung an/);
    await page.waitForSelector(`${byTestId('mm-partners')}[hidden]`, { state: 'attached' });
    assert.equal(await page.$(byTestId('mm-participant')), null, 'no participants for outsiders');
    await page.goto(`${BASE_URL}/events/${event.id}/matchmaking/manage`);
    await page.waitForSelector(byTestId('mm-manage-forbidden'));
  });
});

/** Calls the API as `person` and expects `status`; returns the JSON answer. */
async function expectApi(person, method, path, body, status = 200) {
  const response = await api(method, `/api/v1${path}`, await tokenOf(person), body);
  const text = await response.text();
  assert.equal(response.status, status, `${method} ${path}: ${text}`);
  return text ? JSON.parse(text) : null;
}

test('after a meeting: its rating, kept after a reload, and the organisers\' outcome counts', { skip, timeout: 120_000 }, async () => {
  // An event that is running (started three hours ago), set up and scheduled through the API:
  // the two can only meet in the first 30-minute round, which is over.
  const start = new Date(Math.floor((Date.now() - 3 * 3600_000) / 60_000) * 60_000);
  const at = (minutes) => new Date(start.getTime() + minutes * 60_000).toISOString();
  const running = await expectApi(staff, 'POST', '/events', {
    organization_id: chamberId,
    title: { de: `Laufende Börse ${suffix}` },
    type: 'cooperation',
    venue: { name: 'Messe Zittau', city: 'Zittau', country: 'DE' },
    starts_at: at(0),
    ends_at: at(360),
    registration_deadline: at(300),
    languages: ['de', 'cs'],
    matchmaking: true,
  }, 201);
  await expectApi(staff, 'POST', `/events/${running.id}/publish`);
  await expectApi(staff, 'PUT', `/events/${running.id}/matchmaking`, {
    days: [{ starts_at: at(0), ends_at: at(300) }],
    slot_minutes: 30,
    tables: 2,
    max_meetings: 4,
    request_expiry_hours: 24,
    booking_deadline: at(240),
  });
  const czechId = await register(czech, czech.orgId, running.id);
  const germanId = await register(german, german.orgId, running.id);
  await expectApi(czech, 'PUT', `/events/${running.id}/participation`, { languages: ['cs', 'de'], available_slots: [0] });
  const request = await expectApi(czech, 'POST', `/events/${running.id}/meeting-requests`, { to_participant_id: germanId }, 201);
  await expectApi(german, 'POST', `/meeting-requests/${request.id}/answer`, { answer: 'accept' });
  const scheduled = await expectApi(staff, 'POST', `/events/${running.id}/schedule`);
  assert.equal(scheduled.scheduled, 1);
  await expectApi(staff, 'POST', `/events/${running.id}/schedule/publish`);

  await withOpen('matchmaking-rating', async () => {
    const page = open.german;
    await page.goto(`${BASE_URL}/events/${running.id}/matchmaking`);
    const meeting = `${byTestId('mm-meeting')}[data-with="${czechId}"]`;
    await page.waitForSelector(`${meeting}[data-slot="0"] ${byTestId('mm-rating')}`);
    assert.equal(await page.$(`${meeting} ${byTestId('mm-rating-saved')}`), null, 'not rated yet');
    await page.selectOption(`${meeting} ${byTestId('mm-rating-select')}`, 'cooperation_agreement');
    await page.click(`${meeting} ${byTestId('mm-rating-save')}`);
    await page.waitForSelector(`${meeting} ${byTestId('mm-rating-saved')}[data-outcome="cooperation_agreement"]`);
    assert.match(await page.textContent(`${meeting} ${byTestId('mm-rating-saved')}`), /Kooperation vereinbart/);
    await screenshot(page, 'matchmaking-rating-de');
    await page.reload();
    await page.waitForSelector(`${meeting} ${byTestId('mm-rating-saved')}[data-outcome="cooperation_agreement"]`);
    assert.equal(await page.inputValue(`${meeting} ${byTestId('mm-rating-select')}`), 'cooperation_agreement');

    // The organisers see the outcome among the counts.
    const staffPage = open.staff;
    await staffPage.goto(`${BASE_URL}/events/${running.id}/matchmaking/manage`);
    await staffPage.waitForSelector(byTestId('mm-outcomes'));
    assert.match(await staffPage.textContent(byTestId('mm-overview')), /Eine Bewertung zu einem Gespräch/);
    assert.match(await staffPage.textContent(byTestId('mm-outcomes')), /Kooperation vereinbart: 1/);
  });
});

test('the matchmaking pages at 375 px', { skip, timeout: 120_000 }, async () => {
  await withOpen('matchmaking-mobile', async () => {
    for (const [who, paths] of [
      ['czech', [[`/events/${event.id}/matchmaking`, 'mm-meeting', 'matchmaking-participant']]],
      ['staff', [
        [`/events/${event.id}/matchmaking/manage`, 'mm-settings-form', 'matchmaking-manage'],
        [`/events/${event.id}/matchmaking/plan`, 'mm-plan-meeting', 'matchmaking-plan'],
      ]],
    ]) {
      const page = open[who];
      await page.setViewportSize({ width: 375, height: 812 });
      for (const [path, ready, name] of paths) {
        await page.goto(`${BASE_URL}${path}`);
        await page.waitForSelector(byTestId(ready));
        assert.ok((await horizontalOverflow(page)) <= 0, `${name} without horizontal scrolling`);
        await screenshot(page, `${name}-mobile-375`);
      }
    }
  });
});
