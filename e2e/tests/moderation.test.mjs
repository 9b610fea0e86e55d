// Moderation in a real browser against the real server: a member reports another
// organisation's profile with a category (a second report is refused as already reported),
// the platform admin sees it in /moderation with the category, hides the organisation with a
// reason (it leaves the directory for visitors), finds the entry with its reason and current
// state in the audit log and shows it again; the admin warns and approves a new organisation;
// institution staff answer "Ask an expert" questions from their inbox tab (hand-over, close);
// people who are not admins get the "not allowed" note on /moderation.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  ADMIN,
  adminToken as sharedAdminToken,
  api,
  apiToken,
  BASE_URL,
  byTestId,
  confirmedAccount,
  grantRole,
  horizontalOverflow,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
  withPage,
} from './helpers.mjs';

let browser;
const skip = ADMIN ? false : 'needs the platform admin of e2e/run.sh';
const suffix = () => Math.random().toString(36).slice(2, 6);
const reporter = { token: '', orgId: '' };
const reported = { token: '', orgId: '', name: '' };
const fresh = { orgId: '', name: '' };
const staffA = { token: '', orgId: '', name: '' };
const staffB = { token: '', orgId: '', name: '' };
const asker = { token: '', orgId: '' };
// Logins are limited per account (5, then one a minute): the admin logs in to the browser once.
let adminToken = '';
let admin = null;

/** Runs `body` with the admin's page (logged in on first use); on failure a screenshot. */
async function asAdmin(name, body) {
  if (!admin) {
    // Kept only once logged in, so that a failed login is retried by the next test.
    const page = await newPage(browser);
    await logIn(page, '/', ADMIN);
    admin = page;
  }
  try {
    await body(admin);
    assert.deepEqual(admin.problems, [], 'no uncaught errors in the browser');
  } catch (error) {
    await screenshot(admin, `failure-${name}`).catch(() => {});
    throw error;
  }
}

async function create(token, body) {
  const response = await api('POST', '/api/v1/organizations', token, body);
  assert.equal(response.status, 201, 'organisation created');
  return (await response.json()).id;
}

before(async () => {
  browser = await launchBrowser();
  if (skip) return;
  adminToken = await sharedAdminToken();
  Object.assign(reporter, await confirmedAccount({ prefix: 'e2e-mod-reporter', name: 'Petra Dvořáková', language: 'de' }));
  reporter.token = await apiToken(reporter);
  reporter.orgId = await create(reporter.token, { name: `Dvořák Kovo ${suffix()} s.r.o.`, kind: 'company', country: 'CZ', city: 'Děčín', description: { cs: 'Kovoobrábění.' } });
  Object.assign(reported, await confirmedAccount({ prefix: 'e2e-mod-reported', name: 'Max Schulz', language: 'de' }));
  reported.token = await apiToken(reported);
  reported.name = `Billig Werbung ${suffix()} GmbH`;
  reported.orgId = await create(reported.token, { name: reported.name, kind: 'company', country: 'DE', city: 'Pirna', description: { de: 'Günstige Uhren, nur heute!' } });
  fresh.name = `Neue Drechslerei ${suffix()} GmbH`;
  fresh.orgId = await create(reported.token, { name: fresh.name, kind: 'company', country: 'DE', city: 'Bautzen', description: { de: 'Drechseln.' } });

  // Two institutions with staff, and a company asking the first one.
  Object.assign(staffA, await confirmedAccount({ prefix: 'e2e-mod-staff-a', name: 'Anna Weber', language: 'de' }));
  await grantRole(staffA, 'institution_staff');
  staffA.token = await apiToken(staffA);
  staffA.name = `IHK Moderationstest ${suffix()}`;
  staffA.orgId = await create(staffA.token, { name: staffA.name, kind: 'chamber', country: 'DE', city: 'Dresden', description: { de: 'Kammer.' } });
  Object.assign(staffB, await confirmedAccount({ prefix: 'e2e-mod-staff-b', name: 'Jan Novák', language: 'de' }));
  await grantRole(staffB, 'institution_staff');
  staffB.token = await apiToken(staffB);
  staffB.name = `Cluster Strojírenství ${suffix()}`;
  staffB.orgId = await create(staffB.token, { name: staffB.name, kind: 'cluster', country: 'CZ', city: 'Liberec', description: { cs: 'Klastr.' } });
  Object.assign(asker, await confirmedAccount({ prefix: 'e2e-mod-asker', name: 'Eva Horáková', language: 'de' }));
  asker.token = await apiToken(asker);
  asker.orgId = await create(asker.token, { name: `Horák Plast ${suffix()} s.r.o.`, kind: 'company', country: 'CZ', city: 'Ústí nad Labem', description: { cs: 'Plasty.' } });
});

after(async () => {
  await browser?.close();
});

/** Opens the account menu and follows its moderation entry. */
async function openModeration(page) {
  await page.click(byTestId('header-account-menu'));
  await page.click(byTestId('header-moderation'));
  await page.waitForSelector(byTestId('mod-queue'));
}

test('report a profile with a category; the admin hides it, the audit log shows it, unhide works', { skip, timeout: 180_000 }, async () => {
  await withPage(browser, 'moderation-report', {}, async (page) => {
    await logIn(page, `/organizations/${reported.orgId}`, reporter);
    await page.waitForSelector(byTestId('report-open'));
    await page.click(byTestId('report-open'));
    await page.waitForSelector(byTestId('report-dialog'));
    // A category is needed.
    await page.click(byTestId('report-confirm'));
    await page.waitForSelector('#report-category-error:not([hidden])');
    await page.selectOption('#report-category', 'spam');
    await page.fill('#report-note', 'Massenhaft Werbung für Uhren, keine Firma aus der Region.');
    await screenshot(page, 'moderation-report-dialog-de');
    await page.click(byTestId('report-confirm'));
    await page.waitForSelector(`${byTestId('notice')}:has-text("Danke für Ihre Meldung")`);
    // A second report while the first is open: the translated "already reported".
    await page.click(byTestId('report-open'));
    await page.selectOption('#report-category', 'misleading');
    await page.click(byTestId('report-confirm'));
    await page.waitForSelector(`${byTestId('report-dialog')} :text("bereits gemeldet")`);
    await page.keyboard.press('Escape');
    // Not offered on one's own organisation.
    await page.goto(`${BASE_URL}/organizations/${reporter.orgId}`);
    await page.waitForSelector(byTestId('profile-page'));
    assert.equal(await page.$$eval(byTestId('report-open'), (els) => els.length), 0);
  });

  await asAdmin('moderation-admin', async (page) => {
    await openModeration(page);
    const item = `${byTestId('mod-report')}[data-target="${reported.orgId}"]`;
    await page.waitForSelector(item);
    assert.match(await page.textContent(`${item} ${byTestId('mod-report-category')}`), /Spam oder Werbung/);
    assert.match(await page.textContent(`${item} ${byTestId('mod-report-reason')}`), /Massenhaft Werbung/);
    await screenshot(page, 'moderation-queue-de');
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok((await horizontalOverflow(page)) <= 0, 'the queue fits 390 px');
    await screenshot(page, 'moderation-queue-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Hide: the reason is required.
    await page.click(`${item} ${byTestId('mod-hide')}`);
    await page.waitForSelector(`${byTestId('mod-action-dialog')}[open]`);
    await page.click(byTestId('mod-action-confirm'));
    await page.waitForSelector('#mod-reason[aria-invalid="true"]');
    await page.fill('#mod-reason', 'Werbung ohne Bezug zur Region, mehrfach gemeldet.');
    await page.click(byTestId('mod-action-confirm'));
    await page.waitForSelector(`${byTestId('notice')}:has-text("Ausgeblendet")`);
    await page.waitForSelector(item, { state: 'detached' });
    // The same organisation in "new organisations" now carries the hidden chip and offers unhide.
    const queued = `${byTestId('mod-org')}[data-id="${reported.orgId}"]`;
    await page.waitForSelector(`${queued} [data-state="hidden"]`);
    await page.waitForSelector(`${queued} ${byTestId('mod-unhide')}`);

    // The audit log, filtered by the target through its "history" link.
    await page.click(`${queued} ${byTestId('mod-history')}`);
    await page.waitForSelector(byTestId('audit-filter'));
    const entry = `${byTestId('audit-entry')}[data-action="hide"]`;
    await page.waitForSelector(entry);
    assert.match(await page.textContent(`${entry} ${byTestId('audit-reason')}`), /Werbung ohne Bezug/);
    assert.equal(await page.getAttribute(`${entry} ${byTestId('mod-state')}`, 'data-state'), 'hidden');
    assert.equal(await page.textContent(`${entry} ${byTestId('audit-target')}`), reported.name);
    await screenshot(page, 'moderation-audit-de');
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok((await horizontalOverflow(page)) <= 0, 'the audit log fits 390 px');
    await screenshot(page, 'moderation-audit-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  // Gone for visitors: not in the directory, the profile is not found.
  await withPage(browser, 'moderation-anonymous', {}, async (page) => {
    const list = await api('GET', '/api/v1/organizations?limit=100', null);
    assert.ok(!(await list.json()).items.some((o) => o.id === reported.orgId), 'not listed by the API');
    await page.goto(`${BASE_URL}/organizations`);
    await page.waitForSelector(byTestId('org-card'));
    assert.equal(await page.$$eval(`${byTestId('org-card')}[data-id="${reported.orgId}"]`, (els) => els.length), 0);
    await page.goto(`${BASE_URL}/organizations/${reported.orgId}`);
    await page.waitForSelector(byTestId('not-found-page'));
  });

  // Unhide from the audit log.
  await asAdmin('moderation-unhide', async (page) => {
    await page.goto(`${BASE_URL}/moderation/audit-log?target=${reported.orgId}`);
    const entry = `${byTestId('audit-entry')}[data-action="hide"]`;
    await page.waitForSelector(`${entry} ${byTestId('mod-unhide')}`);
    await page.click(`${entry} ${byTestId('mod-unhide')}`);
    await page.fill('#mod-reason', 'Nach Rücksprache mit dem Inhaber korrigiert.');
    await page.click(byTestId('mod-action-confirm'));
    await page.waitForSelector(`${byTestId('notice')}:has-text("Wieder eingeblendet")`);
    await page.waitForSelector(`${byTestId('audit-entry')}[data-action="unhide"] [data-state="visible"]`);
    assert.equal(await page.getAttribute(`${entry} ${byTestId('mod-state')}`, 'data-state'), 'visible');
    const profile = await api('GET', `/api/v1/organizations/${reported.orgId}`, null);
    assert.equal(profile.status, 200, 'public again');
  });
});

test('the admin warns and approves a new organisation from the queue', { skip, timeout: 120_000 }, async () => {
  await asAdmin('moderation-approve', async (page) => {
    await page.goto(`${BASE_URL}/moderation`);
    const item = `${byTestId('mod-org')}[data-id="${fresh.orgId}"]`;
    await page.waitForSelector(item);
    await page.click(`${item} ${byTestId('mod-warn')}`);
    await page.fill('#mod-reason', 'Bitte ergänzen Sie die Beschreibung Ihres Unternehmens.');
    await page.click(byTestId('mod-action-confirm'));
    await page.waitForSelector(`${byTestId('notice')}:has-text("Verwarnung verschickt")`);
    // Still waiting for the first look.
    await page.waitForSelector(`${item} ${byTestId('mod-approve')}`);
    await page.click(`${item} ${byTestId('mod-approve')}`);
    await page.click(byTestId('mod-action-confirm'));
    await page.waitForSelector(`${byTestId('notice')}:has-text("Freigegeben")`);
    await page.waitForSelector(item, { state: 'detached' });
    const log = await api('GET', `/api/v1/admin/audit-log?target_id=${fresh.orgId}`, adminToken);
    assert.deepEqual((await log.json()).items.map((e) => e.action), ['approve', 'warn']);
  });
});

test('institution staff hand an expert question over and the other institution closes it', { skip, timeout: 180_000 }, async () => {
  const started = await api('POST', '/api/v1/conversations', asker.token, {
    from_organization_id: asker.orgId,
    to_organization_id: staffA.orgId,
    kind: 'ask_expert',
    subject: 'Zollformalitäten',
    body: 'Welche Zollformalitäten gelten für Lieferungen von Kunststoffteilen nach Sachsen?',
    attachment_ids: [],
  });
  assert.equal(started.status, 201);
  const questionId = (await started.json()).id;

  await withPage(browser, 'moderation-expert-a', {}, async (page) => {
    await logIn(page, '/inbox', staffA);
    await page.click(byTestId('inbox-view-expert'));
    await page.waitForURL(/expert=true/);
    const row = `${byTestId('inbox-item')}[data-id="${questionId}"]`;
    await page.waitForSelector(row);
    await screenshot(page, 'expert-inbox-de');
    await page.click(`${row} a`);
    await page.waitForSelector(byTestId('expert-panel'));
    assert.equal(await page.getAttribute(byTestId('expert-panel'), 'data-closed'), 'false');
    await page.click(byTestId('expert-handover-open'));
    await page.waitForSelector(`#expert-handover-to option[value="${staffB.orgId}"]`, { state: 'attached' });
    await page.selectOption('#expert-handover-to', staffB.orgId);
    await page.fill('#expert-handover-note', 'Der Cluster kennt sich mit Kunststoffteilen besser aus.');
    await screenshot(page, 'expert-handover-dialog-de');
    await page.click(byTestId('expert-handover-confirm'));
    await page.waitForSelector(`${byTestId('notice')}:has-text("übergeben")`);
    await page.waitForSelector(byTestId('expert-handed-away'));
    assert.match(await page.textContent(byTestId('expert-handoffs')), new RegExp(staffB.name));
  });

  await withPage(browser, 'moderation-expert-b', {}, async (page) => {
    await logIn(page, '/inbox?expert=true', staffB);
    const row = `${byTestId('inbox-item')}[data-id="${questionId}"]`;
    await page.waitForSelector(row);
    await page.click(`${row} a`);
    await page.waitForSelector(byTestId('expert-handoff'));
    assert.match(await page.textContent(byTestId('expert-handoff')), /Kunststoffteilen besser/);
    await page.click(byTestId('expert-toggle'));
    await page.waitForSelector(`${byTestId('expert-panel')}[data-closed="true"]`);
    await page.waitForSelector(`${byTestId('notice')}:has-text("abgeschlossen")`);
    await screenshot(page, 'expert-thread-closed-de');
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok((await horizontalOverflow(page)) <= 0, 'the thread fits 390 px');
    await screenshot(page, 'expert-thread-390');
    // Closed questions leave the open queue.
    await page.goto(`${BASE_URL}/inbox?expert=true`);
    await page.waitForSelector(byTestId('inbox-empty'));
  });
});

test('the admin reads a reported conversation and resolves the report', { skip, timeout: 120_000 }, async () => {
  const started = await api('POST', '/api/v1/conversations', reporter.token, {
    from_organization_id: reporter.orgId,
    to_organization_id: asker.orgId,
    body: 'Kaufen Sie jetzt unsere Uhren – nur heute zum halben Preis!',
    attachment_ids: [],
  });
  assert.equal(started.status, 201);
  const conversationId = (await started.json()).id;
  const filed = await api('POST', `/api/v1/conversations/${conversationId}/reports`, asker.token, { reason: 'Unerwünschte Werbung.' });
  assert.equal(filed.status, 201);
  const reportId = (await filed.json()).id;

  await asAdmin('moderation-conversation', async (page) => {
    await page.goto(`${BASE_URL}/moderation`);
    const item = `${byTestId('mod-conv-report')}[data-id="${reportId}"]`;
    await page.waitForSelector(item);
    await page.click(`${item} a`);
    await page.waitForSelector(byTestId('mod-conv-page'));
    assert.match(await page.textContent(byTestId('mod-conv-reason')), /Unerwünschte Werbung/);
    assert.match(await page.textContent(byTestId('mod-conv-messages')), /halben Preis/);
    await page.selectOption('#mod-conv-outcome', 'action_taken');
    await page.fill('#mod-conv-note', 'Absender verwarnt.');
    await screenshot(page, 'moderation-conversation-de');
    await page.click(byTestId('mod-conv-resolve-submit'));
    await page.waitForSelector(byTestId('mod-conv-resolved'));
    assert.match(await page.textContent(byTestId('mod-conv-resolved')), /Absender verwarnt/);
  });
});

test('people who are not admins see that moderation is not for them', { skip, timeout: 60_000 }, async () => {
  await withPage(browser, 'moderation-forbidden', {}, async (page) => {
    await logIn(page, '/moderation', reporter);
    await page.waitForSelector(byTestId('mod-forbidden'));
    assert.match(await page.textContent(byTestId('mod-forbidden')), /Plattformadministration vorbehalten/);
    await page.click(byTestId('header-account-menu'));
    assert.equal(await page.$$eval(byTestId('header-moderation'), (els) => els.length), 0);
    await screenshot(page, 'moderation-forbidden-de');
  });
});
