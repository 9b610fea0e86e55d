// CRM integration in a real browser against the real server (`run.sh` allows http:// webhook
// endpoints): institution staff create a webhook on their chamber's page pointing at a small
// receiver started here, which answers 500 first and 200 afterwards; the signing secret is shown
// once; an update of an organisation through the API shows up in the delivery log as a failed
// attempt, "send again" queues it, the receiver checks every signature with the secret
// (HMAC-SHA256 over "<t>.<raw body>") and the health line counts the deliveries; the webhook is
// deleted after confirming. The import's dry run reports a broken row and a duplicate with their
// row numbers and creates nothing; a clean file is imported and its organisations are in the
// directory. The CSV export downloads with the expected header and a known organisation. People
// who may not do this get the "not allowed" notes. Then 390 px.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

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
  screenshot,
  withPage as withPageOf,
} from './helpers.mjs';

const skip = ADMIN ? false : 'needs the administrator of e2e/run.sh (GLOKAL_E2E_ADMIN_EMAIL)';

let browser;
const suffix = Math.random().toString(36).slice(2, 6);
const staff = { id: '', email: '', password: '', name: '', token: '' };
const chamber = { id: '', name: `Handwerkskammer Test ${suffix}` };
const company = { id: '', body: null };
const member = { id: '', email: '', password: '', name: '', orgId: '' };

/** The webhook receiver: answers 500 to the first delivery, 200 to every later one. */
const received = [];
const receiver = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const status = received.length === 0 ? 500 : 200;
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
    res.writeHead(status, { 'Content-Type': 'text/plain' });
    res.end(status === 200 ? 'ok' : 'not yet');
  });
});

before(async () => {
  browser = await launchBrowser();
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  if (skip) return;
  Object.assign(staff, await confirmedAccount({ prefix: 'e2e-crm-staff', name: 'Petra Lange', language: 'de' }));
  await grantRole(staff, 'institution_staff');
  staff.token = await apiToken(staff);
  const created = await api('POST', '/api/v1/organizations', staff.token, {
    name: chamber.name, kind: 'chamber', country: 'DE', city: 'Dresden', description: { de: 'Kammer für das Handwerk.' },
  });
  assert.equal(created.status, 201);
  chamber.id = (await created.json()).id;
  company.body = { name: `Oberlausitzer Feinmechanik ${suffix} GmbH`, kind: 'company', country: 'DE', city: 'Bautzen', description: { de: 'Feinmechanik.' } };
  const firm = await api('POST', '/api/v1/organizations', staff.token, company.body);
  assert.equal(firm.status, 201);
  company.id = (await firm.json()).id;
  Object.assign(member, await confirmedAccount({ prefix: 'e2e-crm-member', name: 'Tomáš Dvořák', language: 'cs' }));
  member.orgId = (await createOrganization(member, { name: `Dvořák Kovo ${suffix} s.r.o.`, kind: 'company', country: 'CZ', city: 'Liberec', description: { cs: 'Kovovýroba.' } })).id;
});

after(async () => {
  await browser?.close();
  receiver.close();
});

const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** Waits until `check()` is true, calling `between()` after each miss. */
async function eventually(check, between, { timeoutMs = 90_000, message = 'condition' } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
    await between();
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a delivery's `Glokal-Signature` is HMAC-SHA256(secret, "<t>.<raw body>"). */
function signed(secret, delivery) {
  const parts = Object.fromEntries(delivery.headers['glokal-signature'].split(',').map((p) => p.split('=')));
  const expected = crypto.createHmac('sha256', secret).update(`${parts.t}.${delivery.body}`).digest('hex');
  return parts.v1.length === expected.length && crypto.timingSafeEqual(Buffer.from(parts.v1), Buffer.from(expected));
}

test('a webhook: created with its secret shown once, a failed delivery sent again, signatures check out, deleted', { skip, timeout: 240_000 }, async () => {
  await withPage('crm-webhooks', { locale: 'de-DE' }, async (page) => {
    await logIn(page, `/organizations/${chamber.id}`, staff);
    await page.click(byTestId('profile-webhooks'));
    await page.waitForSelector(byTestId('webhooks-page'));
    await page.waitForSelector(byTestId('webhooks-empty'));
    await page.waitForSelector(byTestId('webhooks-signature'));

    // Not a URL: the server's answer shows at the field.
    await page.fill('#webhook-url', 'kein Link');
    await page.click(byTestId('webhook-create'));
    await page.waitForSelector('#webhook-url-error:not([hidden])');
    assert.match(await page.textContent('#webhook-url-error'), /gültige Web-Adresse/);

    // Only profile changes; the secret is shown once, with the signature explained.
    const url = `http://127.0.0.1:${receiver.address().port}/glokal`;
    await page.fill('#webhook-url', url);
    await page.fill('#webhook-description', 'CRM Test');
    await page.uncheck(byTestId('webhook-event-organization-created'));
    assert.equal(await page.isChecked(byTestId('webhook-event-organization-updated')), true);
    await page.click(byTestId('webhook-create'));
    await page.waitForSelector(byTestId('webhook-created'));
    const secret = await page.inputValue(byTestId('webhook-secret'));
    assert.match(secret, /^whsec_/);
    assert.match(await page.textContent(byTestId('webhook-created')), /nur dieses eine Mal/);
    assert.match(await page.textContent(byTestId('webhook-signature-help')), /HMAC-SHA256/);
    const row = `${byTestId('webhook-row')}[data-url="${url}"]`;
    await page.waitForSelector(row);
    assert.match(await page.textContent(row), /Organisation geändert/);
    assert.match(await page.textContent(`${row} ${byTestId('webhook-health')}`), /Noch keine Zustellungen/);
    await screenshot(page, 'crm-webhook-created');
    await page.click(byTestId('webhook-done'));
    await page.reload();
    await page.waitForSelector(row);
    assert.equal((await page.content()).includes(secret), false, 'the secret is gone');

    // A change of an organisation: the first delivery fails (500) and is retried later.
    const updated = await api('PUT', `/api/v1/organizations/${company.id}`, staff.token, { ...company.body, description: { de: 'Feinmechanik und Messtechnik.' } });
    assert.equal(updated.status, 200);
    await eventually(async () => received.length >= 1, () => sleep(250), { timeoutMs: 20_000, message: 'the first delivery' });
    assert.equal(received[0].headers['glokal-event'], 'organization.updated');
    assert.equal(JSON.parse(received[0].body).data.organization.id, company.id);

    await page.click(`${row} ${byTestId('webhook-log-toggle')}`);
    const failedRow = `${byTestId('delivery-row')}[data-status="pending"][data-attempts="1"]`;
    await eventually(async () => (await page.locator(failedRow).count()) === 1, async () => {
      await sleep(500);
      await page.click(byTestId('webhooks-refresh'));
      await page.waitForSelector(byTestId('delivery-table'));
    }, { timeoutMs: 20_000, message: 'the failed attempt in the log' });
    assert.match(await page.textContent(`${failedRow} ${byTestId('delivery-answer')}`), /HTTP 500/);
    assert.match(await page.textContent(`${failedRow} ${byTestId('delivery-status')}`), /Wird wiederholt/);
    await screenshot(page, 'crm-webhook-log-failed');

    // Send again: queued at once; it goes out right after the retry of the first one.
    await page.click(`${failedRow} ${byTestId('delivery-resend')}`);
    await page.waitForSelector(byTestId('delivery-resent'));
    await eventually(async () => received.filter((r) => r.status === 200).length >= 2, () => sleep(1000), { timeoutMs: 90_000, message: 'the deliveries answered 200' });
    for (const delivery of received) {
      assert.ok(signed(secret, delivery), 'the signature checks out with the secret');
      assert.equal(delivery.headers['glokal-event-id'], received[0].headers['glokal-event-id'], 'the same event');
    }
    assert.equal(signed('whsec_wrong', received[0]), false);

    // The health line counts them; the log shows them delivered.
    await eventually(async () => Number(await page.getAttribute(`${row} ${byTestId('webhook-health')}`, 'data-delivered')) >= 2, async () => {
      await sleep(1000);
      await page.click(byTestId('webhooks-refresh'));
      await page.waitForSelector(`${row} ${byTestId('webhook-health')}`);
    }, { timeoutMs: 30_000, message: 'the delivered count' });
    const health = await page.textContent(`${row} ${byTestId('webhook-health')}`);
    assert.match(health, /Zugestellt: 2/);
    assert.match(health, /zuletzt zugestellt/);
    await page.waitForSelector(byTestId('delivery-table'));
    assert.ok(await page.locator(`${byTestId('delivery-row')}[data-status="delivered"]`).count() >= 2);
    await screenshot(page, 'crm-webhooks');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector(byTestId('delivery-table'));
    assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling at 390 px');
    await screenshot(page, 'crm-webhooks-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Deleted after confirming.
    await page.click(`${row} ${byTestId('webhook-delete')}`);
    await page.waitForSelector(`${byTestId('webhook-delete-dialog')}[open]`);
    await page.click(byTestId('webhook-delete-confirm'));
    await page.waitForSelector(byTestId('webhook-deleted'));
    await page.waitForSelector(byTestId('webhooks-empty'));
    const listed = await api('GET', `/api/v1/organizations/${chamber.id}/webhooks`, staff.token);
    assert.deepEqual((await listed.json()).items, []);
  });
});

/** Names of the newest organisations (through the API). */
async function newestNames() {
  const response = await api('GET', '/api/v1/organizations?sort=newest&limit=50', null);
  assert.equal(response.status, 200);
  return (await response.json()).items.map((o) => o.name);
}

test('import: the dry run reports a broken row and a duplicate and creates nothing; a clean file is imported', { skip, timeout: 180_000 }, async () => {
  await withPage('crm-import', { locale: 'de-DE' }, async (page) => {
    await logIn(page, `/organizations/${chamber.id}`, staff);
    await page.click(byTestId('profile-import'));
    await page.waitForSelector(byTestId('import-page'));
    // The table of recognised headers comes from the import's alias list.
    assert.match(await page.textContent(byTestId('import-columns')), /Název firmy/);
    assert.match(await page.textContent(byTestId('import-columns')), /USt-IdNr\./);

    // Checking without a file asks for one.
    await page.click(byTestId('import-check'));
    await page.waitForSelector('#import-file-error:not([hidden])');

    const good = `Lausitzer Draht ${suffix} GmbH`;
    const broken = `Kaputt ${suffix} GmbH`;
    const csv = '\uFEFFFirmenname;Art;Land;Ort;Beschreibung (DE)\n'
      + `${good};Unternehmen;Deutschland;Görlitz;Drahtbiegeteile.\n`
      + `${broken};Raumschiff;DE;Zittau;Text\n`
      + `${chamber.name};Unternehmen;DE;Dresden;Doppelt\n`;
    await page.setInputFiles('#import-file', { name: 'firmen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click(byTestId('import-check'));
    await page.waitForSelector(byTestId('import-report'));
    assert.equal(await page.getAttribute(byTestId('import-rows'), 'data-value'), '3');
    assert.equal(await page.getAttribute(byTestId('import-importable'), 'data-value'), '1');
    assert.equal(await page.getAttribute(byTestId('import-duplicate-count'), 'data-value'), '1');
    assert.equal(await page.getAttribute(byTestId('import-error-count'), 'data-value'), '1');
    const errorRow = `${byTestId('import-error-row')}[data-row="3"][data-field="kind"]`;
    await page.waitForSelector(errorRow);
    assert.match(await page.textContent(errorRow), /Art der Organisation/);
    assert.match(await page.textContent(errorRow), /Organisationsart/, 'the message in German');
    const duplicate = `${byTestId('import-duplicate-row')}[data-row="4"][data-reason="name_and_town"]`;
    await page.waitForSelector(duplicate);
    assert.match(await page.textContent(duplicate), new RegExp(chamber.name));
    // Errors come first.
    const order = await page.evaluate(() => {
      const report = document.querySelector('[data-testid="import-report"]');
      const errors = report.querySelector('[data-testid="import-errors"]');
      const duplicates = report.querySelector('[data-testid="import-duplicates"]');
      return Boolean(errors.compareDocumentPosition(duplicates) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(order, 'errors are listed before duplicates');
    assert.match(await page.textContent(byTestId('import-run')), /Eine Organisation importieren/);
    await screenshot(page, 'crm-import-dry-run');
    const names = await newestNames();
    assert.equal(names.includes(good), false, 'the dry run created nothing');
    assert.equal(names.includes(broken), false);

    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling at 390 px');
    await screenshot(page, 'crm-import-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A clean file (Czech headers, commas): both rows are created and listed in the directory.
    const glass = `Sklárna ${suffix}, s.r.o.`;
    const wire = `Drahtwerk ${suffix} GmbH`;
    const clean = 'Název firmy,Obec,Země,Popis\n'
      + `"${glass}",Nový Bor,Česko,Ruční výroba skla\n`
      + `${wire},Görlitz,DE,Drahtziehen\n`;
    await page.setInputFiles('#import-file', { name: 'firmy.csv', mimeType: 'text/csv', buffer: Buffer.from(clean) });
    assert.equal(await page.locator(byTestId('import-report')).count(), 0, 'a new file needs a new check');
    await page.click(byTestId('import-check'));
    await page.waitForSelector(byTestId('import-report'));
    assert.equal(await page.getAttribute(byTestId('import-importable'), 'data-value'), '2');
    await page.click(byTestId('import-run'));
    await page.waitForSelector(byTestId('import-done'));
    assert.equal(await page.getAttribute(byTestId('import-done'), 'data-created'), '2');
    await screenshot(page, 'crm-import-done');
    const after = await newestNames();
    assert.ok(after.includes(glass) && after.includes(wire), 'created');
    await page.click(byTestId('import-directory'));
    await page.waitForSelector(`text=${wire}`);
    await page.waitForSelector(`text=${glass}`);
  });
});

test('the CSV export downloads with its header and a known organisation', { skip, timeout: 120_000 }, async () => {
  await withPage('crm-export', { locale: 'de-DE' }, async (page) => {
    await logIn(page, '/organizations/import', staff);
    await page.waitForSelector(byTestId('import-page'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(byTestId('export-organizations-csv')),
    ]);
    assert.equal(download.suggestedFilename(), 'glokal-organizations.csv');
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFFid;name;legal_form;kind;country;'), text.slice(0, 80));
    assert.ok(text.includes(`${chamber.id};${chamber.name};`), 'the chamber is in the file');

    // The marketplace offers the offers' export to staff.
    await page.goto(`${BASE_URL}/opportunities`);
    await page.waitForSelector(byTestId('export-opportunities-xlsx'));
    await screenshot(page, 'crm-marketplace-export');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click(byTestId('export-opportunities-xlsx')),
    ]);
    assert.equal(xlsx.suggestedFilename(), 'glokal-opportunities.xlsx');
    const bytes = fs.readFileSync(await xlsx.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (zip) file');
  });
});

test('people who may not: no links, and the "not allowed" notes', { skip, timeout: 120_000 }, async () => {
  await withPage('crm-forbidden', { locale: 'cs-CZ' }, async (page) => {
    await logIn(page, `/organizations/${member.orgId}`, member);
    await page.waitForSelector(byTestId('profile-page'));
    assert.equal(await page.locator(byTestId('profile-webhooks')).count(), 0);
    assert.equal(await page.locator(byTestId('profile-import')).count(), 0);
    await page.goto(`${BASE_URL}/organizations/import`);
    await page.waitForSelector(byTestId('import-forbidden'));
    await page.goto(`${BASE_URL}/organizations/${chamber.id}/webhooks`);
    await page.waitForSelector(byTestId('webhooks-forbidden'));
    await page.goto(`${BASE_URL}/opportunities`);
    await page.waitForSelector(byTestId('opportunities-page'));
    assert.equal(await page.locator(byTestId('export-opportunities')).count(), 0);
    assert.equal((await api('POST', '/api/v1/organizations/import?dry_run=true', await apiToken(member))).status, 403);
  });
});
