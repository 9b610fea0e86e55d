// Members of an organisation in a real browser against the real server: an owner adds a
// registered colleague and invites an address without an account; the invitee registers from
// the mailed link, confirms the address, comes back and accepts; the owner hands over and leaves.
// Also the translated 409 errors (`already_member`, `last_owner`), removing a member, withdrawing
// an invitation, the 403 page for non-members and an invalid invitation link.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE_URL,
  apiToken,
  byTestId,
  confirmedAccount,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
  uniqueEmail,
  waitForMailLink,
  withPage as withPageOf,
} from './helpers.mjs';

let browser;
/** The owner, a registered colleague, and the organisation (created through the API). */
const owner = { email: '', password: '', name: '' };
const colleague = { email: '', password: '', name: '' };
const org = { id: '', name: '' };

before(async () => {
  browser = await launchBrowser();
  Object.assign(owner, await confirmedAccount({ prefix: 'e2e-owner', name: 'Karin Lehmann', language: 'de' }));
  Object.assign(colleague, await confirmedAccount({ prefix: 'e2e-colleague', name: 'Tomáš Král', language: 'cs' }));
  org.name = `Lehmann Feinmechanik ${Math.random().toString(36).slice(2, 6)} GmbH`;
  const create = await fetch(`${BASE_URL}/api/v1/organizations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await apiToken(owner)}` },
    body: JSON.stringify({
      name: org.name,
      kind: 'company',
      country: 'DE',
      city: 'Zittau',
      description: { de: 'Präzisionsteile für den Maschinenbau.' },
    }),
  });
  assert.equal(create.status, 201);
  org.id = (await create.json()).id;
});

after(async () => {
  await browser?.close();
});

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

/** The member row of an address. */
const memberRow = (email) => `${byTestId('member-row')}[data-email="${email.toLowerCase()}"]`;

test('invite by mail, register from the link, accept; hand over and leave', { timeout: 240_000 }, async () => {
  const invitee = { email: uniqueEmail('e2e-invitee'), password: `Krkonoše-Riesengebirge ${Math.random().toString(36).slice(2, 8)}`, name: 'Lucie Horáková' };
  const ownerPage = await newPage(browser, { locale: 'de-DE' });
  let inviteePage;
  try {
    // The owner opens the members page from the profile.
    await logIn(ownerPage, `/organizations/${org.id}`, owner);
    await ownerPage.click(byTestId('profile-members'));
    await ownerPage.waitForSelector(byTestId('member-list'));
    assert.equal(new URL(ownerPage.url()).pathname, `/organizations/${org.id}/members`);
    assert.equal(await ownerPage.getAttribute(memberRow(owner.email), 'data-role'), 'owner');
    await ownerPage.waitForSelector(byTestId('invitations-empty'));

    // The last owner cannot leave: the 409 is explained in the dialog, in German.
    await ownerPage.click(`${memberRow(owner.email)} ${byTestId('member-leave')}`);
    await ownerPage.waitForSelector(`${byTestId('member-leave-dialog')}[open]`);
    await ownerPage.click(byTestId('member-leave-confirm'));
    await ownerPage.waitForSelector(`${byTestId('member-leave-dialog')} ${byTestId('error-message')}[data-error-code="last_owner"]`);
    assert.match(await ownerPage.textContent(`${byTestId('member-leave-dialog')} ${byTestId('error-message')}`), /mindestens eine Inhaberin oder einen Inhaber/);
    await ownerPage.click(byTestId('member-leave-cancel'));
    await ownerPage.waitForSelector(`${byTestId('member-leave-dialog')}:not([open])`, { state: 'attached' });

    // A registered address is added at once; adding it again is refused (409, translated).
    await ownerPage.fill('#invite-email', colleague.email);
    await ownerPage.click(byTestId('invite-submit'));
    await ownerPage.waitForSelector(`${byTestId('invite-result')}[data-outcome="added"]`);
    assert.match(await ownerPage.textContent(byTestId('invite-result')), /hat bereits ein Konto und ist jetzt Mitglied/);
    await ownerPage.waitForSelector(memberRow(colleague.email));
    assert.equal(await ownerPage.getAttribute(memberRow(colleague.email), 'data-role'), 'editor');
    await ownerPage.fill('#invite-email', colleague.email);
    await ownerPage.click(byTestId('invite-submit'));
    await ownerPage.waitForSelector(`${byTestId('invite-form')} ${byTestId('error-message')}[data-error-code="already_member"]`);
    assert.match(await ownerPage.textContent(`${byTestId('invite-form')} ${byTestId('error-message')}`), /bereits Mitglied/);

    // Any other address gets an invitation mail, here in Czech.
    const invitedAt = Date.now() - 1000;
    await ownerPage.fill('#invite-email', invitee.email);
    await ownerPage.selectOption('#invite-language', 'cs');
    await ownerPage.click(byTestId('invite-submit'));
    await ownerPage.waitForSelector(`${byTestId('invite-result')}[data-outcome="invited"]`);
    assert.match(await ownerPage.textContent(byTestId('invite-result')), new RegExp(`Eine Einladung wurde an ${invitee.email.replace(/[.]/g, '\\.')} gesendet`));
    const invitation = `${byTestId('invitation-row')}[data-email="${invitee.email}"]`;
    await ownerPage.waitForSelector(invitation);
    assert.match(await ownerPage.textContent(invitation), /eingeladen von Karin Lehmann · gültig bis/);
    await screenshot(ownerPage, 'members-de');

    // Withdrawing: a second invitation disappears again.
    const withdrawn = uniqueEmail('e2e-withdrawn');
    await ownerPage.fill('#invite-email', withdrawn);
    await ownerPage.click(byTestId('invite-submit'));
    await ownerPage.waitForSelector(`${byTestId('invitation-row')}[data-email="${withdrawn}"]`);
    await ownerPage.click(`${byTestId('invitation-row')}[data-email="${withdrawn}"] ${byTestId('invitation-withdraw')}`);
    await ownerPage.waitForSelector(`${byTestId('invitation-row')}[data-email="${withdrawn}"]`, { state: 'detached' });
    await ownerPage.waitForSelector(invitation);

    // The invitee opens the mailed link in another browser, logged out, in Czech.
    const link = await waitForMailLink(invitee.email, '/invitations', { after: invitedAt });
    inviteePage = await newPage(browser, { locale: 'cs-CZ' });
    await inviteePage.goto(`${BASE_URL}${link}`);
    await inviteePage.waitForSelector(byTestId('invitation-details'));
    assert.match(await inviteePage.textContent(byTestId('invitation-lead')), new RegExp(`Karin Lehmann vás zve.*${org.name}.*jako editor`));
    assert.equal((await inviteePage.textContent(byTestId('invitation-organization'))).trim(), org.name);
    await inviteePage.waitForSelector(byTestId('invitation-login'));
    await screenshot(inviteePage, 'invitation-cs');

    // Register from there (the invited address is filled in), confirm by the mailed link.
    await inviteePage.click(byTestId('invitation-register'));
    await inviteePage.waitForSelector(byTestId('register-form'));
    assert.equal(await inviteePage.inputValue('#register-email'), invitee.email);
    const registeredAt = Date.now() - 1000;
    await inviteePage.fill('#register-display-name', invitee.name);
    await inviteePage.fill('#register-password', invitee.password);
    await inviteePage.fill('#register-password-repeat', invitee.password);
    await inviteePage.check('#register-terms');
    await inviteePage.click(byTestId('register-submit'));
    await inviteePage.waitForSelector(byTestId('register-success'));
    const verify = await waitForMailLink(invitee.email, '/verify-email', { after: registeredAt });
    await inviteePage.goto(`${BASE_URL}${verify}`);
    await inviteePage.waitForSelector(byTestId('verify-success'));

    // Logging in comes back to the invitation, which is accepted.
    await inviteePage.click(byTestId('verify-login'));
    await inviteePage.waitForSelector(byTestId('login-form'));
    await inviteePage.fill('#login-email', invitee.email);
    await inviteePage.fill('#login-password', invitee.password);
    await inviteePage.click(byTestId('login-submit'));
    await inviteePage.waitForSelector(byTestId('invitation-accept'));
    assert.equal(`${new URL(inviteePage.url()).pathname}${new URL(inviteePage.url()).search}`, link);
    await inviteePage.click(byTestId('invitation-accept'));
    await inviteePage.waitForSelector(byTestId('profile-page'));
    assert.equal(new URL(inviteePage.url()).pathname, `/organizations/${org.id}`);
    assert.match(await inviteePage.textContent(byTestId('notice')), /Nyní jste členem/);
    await inviteePage.waitForSelector(byTestId('profile-edit'));

    // "My organisations" from the account menu.
    await inviteePage.click(byTestId('header-account-menu'));
    await inviteePage.click(byTestId('header-my-organizations'));
    await inviteePage.waitForSelector(`${byTestId('my-organization')}[data-id="${org.id}"]`);
    assert.match(await inviteePage.textContent(`${byTestId('my-organization')}[data-id="${org.id}"]`), /Editor/);
    await screenshot(inviteePage, 'account-organizations-cs');
    // The link cannot be used twice.
    await inviteePage.goto(`${BASE_URL}${link}`);
    await inviteePage.waitForSelector(byTestId('invitation-invalid'));

    // The owner sees the new member, makes them owner (hand-over) and leaves.
    await ownerPage.reload();
    await ownerPage.waitForSelector(memberRow(invitee.email));
    await ownerPage.waitForSelector(byTestId('invitations-empty'));
    await ownerPage.click(`${memberRow(invitee.email)} ${byTestId('member-role')}`);
    await ownerPage.waitForSelector(`${memberRow(invitee.email)}[data-role="owner"]`);
    assert.match(await ownerPage.textContent(byTestId('members-done')), /Lucie Horáková ist jetzt Inhaber\/in/);

    // Removing the colleague, after confirming.
    await ownerPage.click(`${memberRow(colleague.email)} ${byTestId('member-remove')}`);
    await ownerPage.waitForSelector(`${byTestId('member-remove-dialog')}[open]`);
    assert.match(await ownerPage.textContent(byTestId('member-remove-dialog')), /Tomáš Král kann das Profil danach nicht mehr bearbeiten/);
    await ownerPage.click(byTestId('member-remove-confirm'));
    await ownerPage.waitForSelector(memberRow(colleague.email), { state: 'detached' });

    await ownerPage.click(`${memberRow(owner.email)} ${byTestId('member-leave')}`);
    await ownerPage.waitForSelector(`${byTestId('member-leave-dialog')}[open]`);
    await ownerPage.click(byTestId('member-leave-confirm'));
    await ownerPage.waitForSelector(byTestId('account-page'));
    assert.match(await ownerPage.textContent(byTestId('notice')), /Sie haben die Organisation verlassen/);
    await ownerPage.waitForSelector(byTestId('my-organizations-none'));
    await ownerPage.goto(`${BASE_URL}/organizations/${org.id}`);
    await ownerPage.waitForSelector(byTestId('profile-page'));
    assert.equal(await ownerPage.locator(byTestId('profile-edit')).count(), 0, 'no longer a member');

    // The new owner is the only member now.
    await inviteePage.goto(`${BASE_URL}/organizations/${org.id}/members`);
    await inviteePage.waitForSelector(byTestId('member-list'));
    assert.equal(await inviteePage.locator(byTestId('member-row')).count(), 1);
    assert.equal(await inviteePage.getAttribute(memberRow(invitee.email), 'data-role'), 'owner');
    await inviteePage.waitForSelector(byTestId('invite-form'));
    assert.deepEqual(inviteePage.problems, [], 'no uncaught errors in the invitee’s browser');
    assert.deepEqual(ownerPage.problems, [], 'no uncaught errors in the owner’s browser');
  } catch (error) {
    await screenshot(ownerPage, 'failure-members-owner').catch(() => {});
    if (inviteePage) await screenshot(inviteePage, 'failure-members-invitee').catch(() => {});
    for (const page of [ownerPage, inviteePage].filter(Boolean)) {
      if (page.problems.length) console.error(`browser problems:\n${page.problems.join('\n')}`);
    }
    throw error;
  } finally {
    await ownerPage.context().close();
    await inviteePage?.context().close();
  }
});

test('non-members get the 403 page, visitors the login form, bad links a clear message', { timeout: 60_000 }, async () => {
  await withPage('members-forbidden', { locale: 'en-GB' }, async (page) => {
    await page.goto(`${BASE_URL}/invitations?token=not-a-real-token`);
    await page.waitForSelector(byTestId('invitation-invalid'));
    assert.match(await page.textContent(byTestId('invitation-invalid')), /invalid or has expired/);
    await page.goto(`${BASE_URL}/invitations`);
    await page.waitForSelector(byTestId('invitation-invalid'));

    await page.goto(`${BASE_URL}/organizations/${org.id}/members`);
    await page.waitForSelector(byTestId('login-form'));
    assert.equal(new URL(page.url()).searchParams.get('next'), `/organizations/${org.id}/members`);
    // The colleague was removed in the test before (or never joined, when run alone).
    await logIn(page, `/organizations/${org.id}/members`, colleague);
    await page.waitForSelector(byTestId('members-forbidden'));
  });
});

test('the members page at 375 px', { timeout: 60_000 }, async () => {
  await withPage('members-mobile', { locale: 'cs-CZ', viewport: { width: 375, height: 812 } }, async (page) => {
    const mobileOrg = await fetch(`${BASE_URL}/api/v1/organizations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await apiToken(colleague)}` },
      body: JSON.stringify({ name: 'Králova dílna s.r.o.', kind: 'company', country: 'CZ', city: 'Liberec', description: { cs: 'Zámečnictví.' } }),
    });
    assert.equal(mobileOrg.status, 201);
    const { id } = await mobileOrg.json();
    await logIn(page, `/organizations/${id}/members`, colleague);
    await page.waitForSelector(byTestId('member-list'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    await screenshot(page, 'members-mobile-375');
  });
});
