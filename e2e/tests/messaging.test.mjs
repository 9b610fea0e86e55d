// Contact and messaging in a real browser against the real server: a Czech company (UI in
// Czech) has a published request; a German company's person (UI in German) finds "log in" on it
// as a visitor, logs in, expresses interest with a message; the Czech side sees the bell and the
// unread conversation, opens it (read), answers with an attachment; the German side gets the
// notification, reads the answer, downloads the file, archives the conversation. Then the
// duplicate first message, report and block, and the pages at 375 px.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

import {
  api,
  apiToken,
  BASE_URL,
  byTestId,
  confirmedAccount,
  horizontalOverflow,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
  withPage as withPageOf,
} from './helpers.mjs';

let browser;
const suffix = () => Math.random().toString(36).slice(2, 6);
/** The Czech owner of two companies, and the German person of one. */
const czech = { id: '', email: '', password: '', name: '', org: '', orgId: '', org2: '', org2Id: '', token: '' };
const german = { id: '', email: '', password: '', name: '', org: '', orgId: '', token: '' };
/** The Czech request, and the conversation once started. */
const request = { id: '', title: `Hledáme dodavatele frézovaných dílů z hliníku ${suffix()}` };
const conversation = { id: '' };
const FIRST_MESSAGE = 'Guten Tag,\nwir fräsen Aluminiumteile in Görlitz und liefern in 2 Wochen.\n<b>Kein HTML</b>';
const ANSWER = 'Dobrý den,\nděkujeme, posíláme výkres.';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** Creates an organisation with the account's cached token (the account becomes its owner). */
async function organization(account, body) {
  const response = await api('POST', '/api/v1/organizations', account.token, body);
  assert.equal(response.status, 201, 'organisation created');
  return response.json();
}

before(async () => {
  browser = await launchBrowser();
  Object.assign(czech, await confirmedAccount({ prefix: 'e2e-msg-cz', name: 'Jana Nováková', language: 'cs' }));
  // One API login each (logins are rate-limited per account); the tokens outlive the tests.
  czech.token = await apiToken(czech);
  czech.org = `Novák Plasty ${suffix()} s.r.o.`;
  czech.orgId = (await organization(czech, { name: czech.org, kind: 'company', country: 'CZ', city: 'Liberec', description: { cs: 'Vstřikování plastů.' } })).id;
  czech.org2 = `Novák Recyklace ${suffix()} s.r.o.`;
  czech.org2Id = (await organization(czech, { name: czech.org2, kind: 'company', country: 'CZ', city: 'Jablonec nad Nisou', description: { cs: 'Recyklace plastů.' } })).id;
  const created = await api('POST', '/api/v1/opportunities', czech.token, {
    organization_id: czech.orgId,
    type: 'supplier_request',
    title: { cs: request.title },
    text: { cs: 'Hledáme dodavatele frézovaných dílů z hliníku, 500 kusů měsíčně.' },
    publish: true,
  });
  assert.equal(created.status, 201, 'request published');
  request.id = (await created.json()).id;
  Object.assign(german, await confirmedAccount({ prefix: 'e2e-msg-de', name: 'Lukas Richter', language: 'de' }));
  german.token = await apiToken(german);
  german.org = `Richter Feinmechanik ${suffix()} GmbH`;
  german.orgId = (await organization(german, { name: german.org, kind: 'company', country: 'DE', city: 'Görlitz', description: { de: 'Fräsen und Drehen.' } })).id;
});

after(async () => {
  await browser?.close();
});

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** The bell showing `count` unread notifications. */
const bell = (count) => `${byTestId('header-bell')}[data-count="${count}"]`;
/** The inbox entry of the account menu showing `count` unread conversations. */
const inboxLink = (count) => `${byTestId('header-inbox')}[data-count="${count}"]`;
/** The conversation's row in the inbox. */
const row = () => `${byTestId('inbox-item')}[data-id="${conversation.id}"]`;

test('interest from Germany, an answer from Czechia, notifications, attachments, archive', { timeout: 300_000 }, async () => {
  const de = await newPage(browser, { locale: 'de-DE' });
  const cs = await newPage(browser, { locale: 'cs-CZ' });
  try {
    // A visitor is asked to log in first, and comes back to the request afterwards.
    await de.goto(`${BASE_URL}/opportunities/${request.id}`);
    await de.waitForSelector(byTestId('contact-login'));
    assert.match(await de.textContent(byTestId('contact-card')), /Melden Sie sich an, um Interesse zu bekunden/);
    await de.click(byTestId('contact-login-link'));
    await de.waitForSelector(byTestId('login-form'));
    await de.fill('#login-email', german.email);
    await de.fill('#login-password', german.password);
    await de.click(byTestId('login-submit'));
    await de.waitForURL(`${BASE_URL}/opportunities/${request.id}`);

    // "Express interest": sent empty, the browser asks for the message; then sent.
    await de.click(byTestId('contact-open'));
    await de.waitForSelector(`${byTestId('contact-dialog')}[open]`);
    assert.match(await de.textContent(byTestId('contact-from-single')), new RegExp(`Absender: ${german.org}`));
    await de.click(byTestId('contact-confirm'));
    await de.waitForSelector('#contact-body-error:not([hidden])');
    assert.match(await de.textContent('#contact-body-error'), /Bitte füllen Sie dieses Feld aus/);
    assert.equal(await de.evaluate(() => document.activeElement?.id), 'contact-body');
    await de.fill('#contact-body', FIRST_MESSAGE);
    assert.match(await de.textContent(byTestId('contact-length')), new RegExp(`^${[...FIRST_MESSAGE].length} von 5000 Zeichen$`));
    await screenshot(de, 'contact-dialog-de');
    await de.click(byTestId('contact-confirm'));
    await de.waitForURL(/\/inbox\/[0-9a-f-]{36}/);
    await de.waitForSelector(byTestId('thread-page'));
    conversation.id = await de.getAttribute(byTestId('thread-page'), 'data-id');
    await de.waitForSelector(byTestId('notice'));
    // Plain text with its line breaks, the markup shown as text.
    const mine = `${byTestId('message')}[data-mine="true"] ${byTestId('message-body')}`;
    assert.equal(await de.innerText(mine), FIRST_MESSAGE);
    assert.equal(await de.$$eval('.msg-body b', (els) => els.length), 0, 'no HTML from messages');
    assert.equal((await de.textContent(byTestId('thread-opportunity'))).trim(), request.title);

    // The Czech side: the bell counts one, the inbox one unread conversation.
    await logIn(cs, '/', czech);
    await cs.waitForSelector(bell(1));
    await cs.waitForSelector(inboxLink(1), { state: 'attached' });
    await cs.click(byTestId('header-bell'));
    await cs.waitForSelector(`${byTestId('notification')}[data-read="false"][data-kind="conversation_started"]`);
    assert.match(await cs.textContent(byTestId('notification-link')), new RegExp(`Nová konverzace od ${german.org}`));
    await screenshot(cs, 'notifications-cs');
    // "Mark all as read" empties the bell; the conversation itself stays unread.
    await cs.click(byTestId('notifications-mark-all'));
    await cs.waitForSelector(bell(0));
    await cs.waitForSelector(`${byTestId('notification')}[data-read="true"][data-kind="conversation_started"]`);
    await cs.waitForSelector(`${byTestId('notifications-mark-all')}`, { state: 'hidden' });
    await cs.click(byTestId('header-account-menu'));
    await cs.click(byTestId('header-inbox'));
    await cs.waitForSelector(row());
    // Two organisations: the inbox can be narrowed to one of them.
    assert.equal(await cs.locator('#filter-organization option').count(), 3);
    assert.equal(await cs.getAttribute(row(), 'data-unread'), '1');
    assert.equal((await cs.textContent(`${row()} ${byTestId('inbox-item-name')}`)).trim(), german.org);
    assert.equal((await cs.textContent(`${row()} ${byTestId('inbox-item-about')}`)).trim(), request.title);
    assert.match(await cs.textContent(`${row()} ${byTestId('inbox-item-unread')}`), /1 nepřečtená zpráva|jedna nepřečtená zpráva/);
    await screenshot(cs, 'inbox-cs');

    // Opened: read, the inbox entry's count goes down.
    await cs.click(`${row()} a`);
    await cs.waitForSelector(`${byTestId('message')}[data-mine="false"]`);
    assert.equal(await cs.innerText(`${byTestId('message')}[data-mine="false"] ${byTestId('message-body')}`), FIRST_MESSAGE);
    await cs.waitForSelector(inboxLink(0), { state: 'attached' });
    const listed = await (await api('GET', '/api/v1/conversations', czech.token)).json();
    assert.equal(listed.items.find((c) => c.id === conversation.id)?.unread_count, 0, 'read on the server');

    // Attachments: a text file is refused by the browser (nothing uploaded), a fake PDF by the
    // server, a real PDF is uploaded; then the answer is sent.
    const uploads = [];
    cs.on('request', (r) => r.url().includes('/api/v1/attachments') && r.method() === 'POST' && uploads.push(r.url()));
    await cs.setInputFiles('#compose-files', { name: 'poznamky.txt', mimeType: 'text/plain', buffer: Buffer.from('ahoj') });
    await cs.waitForSelector(`${byTestId('upload-error')} [data-error-code="unsupported_attachment_type"]`);
    assert.equal(uploads.length, 0, 'refused before uploading');
    await cs.setInputFiles('#compose-files', { name: 'faktura.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
    await cs.waitForSelector(`${byTestId('upload-error')} [data-error-code="attachment_type_mismatch"]`);
    assert.match(await cs.textContent(byTestId('upload-error')), /Obsah souboru neodpovídá/);
    assert.equal(uploads.length, 1);
    await cs.setInputFiles('#compose-files', { name: 'vykres.pdf', mimeType: 'application/pdf', buffer: PDF });
    await cs.waitForSelector(`${byTestId('compose-file')}[data-name="vykres.pdf"]`);
    assert.equal(await cs.$(byTestId('upload-error')), null);
    await cs.fill('#compose-body', ANSWER);
    await cs.click(byTestId('compose-send'));
    await cs.waitForSelector(`${byTestId('thread-messages')}[data-count="2"]`);
    assert.equal(await cs.inputValue('#compose-body'), '');
    assert.equal(await cs.$$eval(byTestId('compose-file'), (els) => els.length), 0);
    await cs.waitForSelector(`${byTestId('message')}[data-mine="true"] ${byTestId('message-attachment')}[data-name="vykres.pdf"]`);
    await screenshot(cs, 'thread-cs');

    // The German side: the bell after the next navigation, the notification in German, the
    // answer with its attachment.
    await de.click(byTestId('brand'));
    await de.waitForSelector(bell(1));
    await de.click(byTestId('header-bell'));
    await de.waitForSelector(`${byTestId('notification')}[data-kind="message_received"][data-read="false"]`);
    const notice = de.locator(`${byTestId('notification')}[data-kind="message_received"]`);
    assert.match(await notice.textContent(), new RegExp(`Neue Nachricht von ${czech.org}`));
    assert.match(await notice.textContent(), /Jana Nováková schreibt an/);
    await notice.locator(byTestId('notification-link')).click();
    await de.waitForURL(`${BASE_URL}/inbox/${conversation.id}`);
    await de.waitForSelector(`${byTestId('thread-messages')}[data-count="2"]`);
    assert.equal(await de.innerText(`${byTestId('message')}[data-mine="false"] ${byTestId('message-body')}`), ANSWER);
    await de.waitForSelector(bell(0));
    const [download] = await Promise.all([
      de.waitForEvent('download'),
      de.click(`${byTestId('message-attachment')}[data-name="vykres.pdf"] button`),
    ]);
    assert.equal(download.suggestedFilename(), 'vykres.pdf');
    assert.ok(fs.readFileSync(await download.path()).toString('latin1').startsWith('%PDF-'), 'the PDF itself');
    await screenshot(de, 'thread-de');

    // Archived: out of the inbox, in the archive.
    await de.click(byTestId('thread-archive'));
    await de.waitForSelector(`${byTestId('thread-page')}[data-archived="true"]`);
    assert.match(await de.textContent(byTestId('notice')), /im Archiv/);
    await de.click(byTestId('thread-back'));
    await de.waitForSelector(byTestId('inbox-empty'));
    assert.equal(await de.$(row()), null);
    await de.click(byTestId('inbox-view-archive'));
    await de.waitForSelector(`${row()}[data-archived="true"]`);
    assert.match(de.url(), /archived=true/);

    // The same first message to another organisation within a day is refused, in German.
    await de.goto(`${BASE_URL}/organizations/${czech.org2Id}`);
    await de.click(byTestId('contact-open'));
    await de.waitForSelector(`${byTestId('contact-dialog')}[open]`);
    await de.fill('#contact-body', FIRST_MESSAGE);
    await de.click(byTestId('contact-confirm'));
    await de.waitForSelector(`${byTestId('contact-dialog')} [data-error-code="duplicate_message"]`);
    assert.match(await de.textContent(`${byTestId('contact-dialog')} ${byTestId('error-message')}`), /schon an eine andere Organisation gesendet/);

    // The Czech side reports (a reason is required) and blocks after confirming; unblocks.
    await cs.click(byTestId('thread-report-open'));
    await cs.click(byTestId('thread-report-confirm'));
    await cs.waitForSelector('#thread-report-reason-error:not([hidden])');
    await cs.fill('#thread-report-reason', 'Testovací hlášení – spam.');
    await cs.click(byTestId('thread-report-confirm'));
    await cs.waitForSelector(`${byTestId('thread-report-dialog')}:not([open])`, { state: 'attached' });
    assert.match(await cs.textContent(byTestId('notice')), /hlášení jsme přijali/);
    await cs.click(byTestId('thread-block-open'));
    await cs.waitForSelector(`${byTestId('thread-block-dialog')}[open]`);
    await cs.click(byTestId('thread-block-confirm'));
    await cs.waitForSelector(byTestId('thread-blocked-by-me'));
    assert.equal(await cs.$(byTestId('compose-form')), null, 'no reply while blocked');
    const blocked = await api('POST', `/api/v1/conversations/${conversation.id}/messages`, german.token, { body: 'Hallo?' });
    assert.equal(blocked.status, 403, 'the other side cannot write either');
    await cs.click(byTestId('thread-unblock'));
    await cs.waitForSelector(byTestId('compose-form'));
    assert.equal(await cs.$(byTestId('thread-blocked-by-me')), null);

    assert.deepEqual([...de.problems, ...cs.problems], [], 'no uncaught errors in the browsers');
  } catch (error) {
    await screenshot(de, 'failure-messaging-de').catch(() => {});
    await screenshot(cs, 'failure-messaging-cs').catch(() => {});
    for (const page of [de, cs]) if (page.problems.length) console.error(page.problems.join('\n'));
    throw error;
  } finally {
    await de.context().close();
    await cs.context().close();
  }
});

test('visitors are sent to the login form', { timeout: 60_000 }, async () => {
  await withPage('messaging-visitor', { locale: 'de-DE' }, async (page) => {
    for (const path of ['/inbox', `/inbox/${conversation.id || '00000000-0000-4000-8000-000000000000'}`, '/notifications']) {
      await page.goto(`${BASE_URL}${path}`);
      await page.waitForSelector(byTestId('login-form'));
      assert.equal(new URL(page.url()).searchParams.get('next'), path);
    }
    assert.equal(await page.$(byTestId('header-bell')), null, 'no bell for visitors');
    await page.goto(`${BASE_URL}/organizations/${czech.orgId}`);
    await page.waitForSelector(byTestId('contact-login'));
    assert.match(await page.getAttribute(byTestId('contact-login-link'), 'href'), new RegExp(`next=/organizations/${czech.orgId}`));
  });
});

test('the messaging pages at 375 px', { timeout: 120_000 }, async () => {
  await withPage('messaging-mobile', { locale: 'cs-CZ', viewport: { width: 375, height: 812 } }, async (page) => {
    await logIn(page, '/inbox', czech);
    await page.waitForSelector(row());
    // Bell, language switcher and menu button share the header's one row.
    const box = async (sel) => page.locator(sel).boundingBox();
    const [brand, toggle, bellBox] = [await box(byTestId('brand')), await box(byTestId('menu-toggle')), await box(byTestId('header-bell'))];
    assert.ok(Math.abs(bellBox.y + bellBox.height / 2 - (toggle.y + toggle.height / 2)) < 4, 'bell beside the menu button');
    assert.ok(Math.abs(brand.y + brand.height / 2 - (toggle.y + toggle.height / 2)) < 6, 'one header row');
    assert.ok((await horizontalOverflow(page)) <= 0, 'inbox without horizontal scrolling');
    await screenshot(page, 'inbox-mobile-375');
    await page.click(`${row()} a`);
    await page.waitForSelector(byTestId('compose-form'));
    assert.ok((await horizontalOverflow(page)) <= 0, 'thread without horizontal scrolling');
    await screenshot(page, 'thread-mobile-375');
    await page.click(byTestId('header-bell'));
    await page.waitForSelector(byTestId('notifications-list'));
    assert.ok((await horizontalOverflow(page)) <= 0, 'notifications without horizontal scrolling');
    await screenshot(page, 'notifications-mobile-375');
  });
  await withPage('messaging-mobile-visitor', { locale: 'de-DE', viewport: { width: 375, height: 812 } }, async (page) => {
    await page.goto(`${BASE_URL}/opportunities/${request.id}`);
    await page.waitForSelector(byTestId('contact-login'));
    assert.ok((await horizontalOverflow(page)) <= 0, 'request with the contact card without horizontal scrolling');
    await screenshot(page, 'contact-card-mobile-375');
  });
});
