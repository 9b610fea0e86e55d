// The account life cycle in a real browser against the real server:
// register → confirm e-mail → log in → switch languages → account page → log out,
// then forgot password → reset link → new password → log in. Also screenshots for review.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  ARTIFACTS,
  BASE_URL,
  byTestId,
  launchBrowser,
  screenshot,
  uniqueEmail,
  waitForMailLink,
  withPage as withPageOf,
} from './helpers.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Runs `body` with a fresh page of this file's browser. */
const withPage = (name, options, body) => withPageOf(browser, name, options, body);

async function htmlLang(page) {
  return page.evaluate(() => document.documentElement.lang);
}

async function waitForHtmlLang(page, lang) {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function logIn(page, email, password) {
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await page.click(byTestId('login-submit'));
}

const password = `Grenzland-Kooperation ${Math.random().toString(36).slice(2, 8)}`;
const newPassword = `Elbe-Labe Partnerschaft ${Math.random().toString(36).slice(2, 8)}`;
const email = uniqueEmail('e2e-account');

test('register, confirm, log in, switch languages, log out', { timeout: 120_000 }, async () => {
  await withPage('account', { locale: 'de-DE' }, async (page) => {
    // Home in the browser's language (German).
    await page.goto(`${BASE_URL}/`);
    await page.waitForSelector(byTestId('header-logged-out'));
    assert.equal(await htmlLang(page), 'de');
    assert.equal(await page.getAttribute(byTestId('lang-de'), 'aria-pressed'), 'true');

    // Register a fresh account.
    const registeredAt = Date.now() - 1000;
    await page.click(byTestId('header-register'));
    await page.waitForSelector(byTestId('register-form'));
    assert.equal(new URL(page.url()).pathname, '/register');

    // The repeated password is checked in the browser first.
    await page.fill('#register-display-name', 'Jana Nováková');
    await page.fill('#register-email', email);
    await page.fill('#register-password', password);
    await page.fill('#register-password-repeat', `${password}x`);
    await page.click(byTestId('register-submit'));
    await page.waitForSelector('#register-password-repeat[aria-invalid="true"]');
    const mismatch = await page.textContent('#register-password-repeat-error');
    assert.match(mismatch, /stimmen nicht überein/);
    assert.match(await page.getAttribute('#register-password-repeat', 'aria-describedby'), /register-password-repeat-error/);

    // The show-password toggle reveals the text.
    await page.click(byTestId('register-password-toggle'));
    assert.equal(await page.getAttribute('#register-password', 'type'), 'text');
    await page.click(byTestId('register-password-toggle'));
    assert.equal(await page.getAttribute('#register-password', 'type'), 'password');

    // The terms must be accepted (checked in the browser, with the reason under the box).
    await page.fill('#register-password-repeat', password);
    await page.click(byTestId('register-submit'));
    await page.waitForSelector('#register-terms[aria-invalid="true"]');
    assert.match(await page.textContent('#register-terms-error'), /Nutzungsbedingungen/);
    assert.equal(await page.getAttribute('label:has(#register-terms) a', 'href'), '/privacy#terms');
    await screenshot(page, 'register-terms-de');
    await page.check('#register-terms');
    await page.click(byTestId('register-submit'));
    await page.waitForSelector(byTestId('register-success'));
    assert.match(await page.textContent(byTestId('register-success')), new RegExp(email.replace(/[.]/g, '\\.')));

    // Confirm the address with the link from the mail.
    const verifyLink = await waitForMailLink(email, '/verify-email', { after: registeredAt });
    await page.goto(`${BASE_URL}${verifyLink}`);
    await page.waitForSelector(byTestId('verify-success'));

    // Log in; the account page opens.
    await page.click(byTestId('verify-login'));
    await page.waitForSelector(byTestId('login-form'));
    await logIn(page, email, password);
    await page.waitForSelector(byTestId('header-account'), { state: 'attached' });
    await page.waitForSelector(byTestId('account-page'));
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.equal((await page.textContent(byTestId('account-email'))).includes(email), true);

    // Privacy: the accepted terms are on record; the name is kept to the own organisations.
    await page.waitForSelector(byTestId('privacy-form'));
    assert.equal(await page.locator(byTestId('consent-record')).count(), 1);
    assert.match(await page.textContent(byTestId('consent-record')), /zugestimmt/);
    assert.equal(await page.isChecked(byTestId('privacy-profile-logged-in')), true);
    await page.check(byTestId('privacy-profile-own'));
    await page.uncheck(byTestId('privacy-mails'));
    await page.click(byTestId('privacy-submit'));
    await page.waitForSelector(byTestId('privacy-saved'));
    await screenshot(page, 'account-privacy-de');

    // A reload restores the session from the refresh cookie (the access token lives in memory only).
    await page.reload();
    await page.waitForSelector(byTestId('account-page'));
    await page.waitForSelector(byTestId('header-account'), { state: 'attached' });
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => /token/i.test(k)).length), 0);
    await page.waitForSelector(byTestId('privacy-form'));
    assert.equal(await page.isChecked(byTestId('privacy-profile-own')), true);
    assert.equal(await page.isChecked(byTestId('privacy-mails')), false);

    // Switch languages on the home page: DE → CS → EN.
    await page.click(byTestId('brand'));
    await page.waitForSelector(byTestId('home-welcome'));
    const titles = {};
    for (const lang of ['de', 'cs', 'en']) {
      await page.click(byTestId(`lang-${lang}`));
      await waitForHtmlLang(page, lang);
      assert.equal(await page.getAttribute(byTestId(`lang-${lang}`), 'aria-pressed'), 'true');
      titles[lang] = {
        hero: (await page.textContent(byTestId('home-title'))).trim(),
        nav: (await page.textContent('.main-nav')).trim(),
        logout: (await page.textContent(byTestId('header-logout'))).trim(),
      };
      await screenshot(page, `home-${lang}`);
    }
    assert.match(titles.de.hero, /Grenze/);
    assert.match(titles.cs.hero, /hranice/);
    assert.match(titles.en.hero, /border/);
    assert.deepEqual(
      new Set(['de', 'cs', 'en'].map((lang) => titles[lang].logout)).size,
      3,
      'the logout button is translated in every language',
    );
    assert.notEqual(titles.de.nav, titles.cs.nav);
    assert.equal(await page.evaluate(() => localStorage.getItem('glokal.lang')), 'en');

    // The account page shows the saved preferred language (the switch was sent to the server).
    // The account menu opens from the avatar button and closes with Escape.
    await page.click(byTestId('header-account-menu'));
    assert.equal(await page.getAttribute(byTestId('header-account-menu'), 'aria-expanded'), 'true');
    await page.waitForSelector(byTestId('header-my-organizations'), { state: 'visible' });
    await page.keyboard.press('Escape');
    await page.waitForSelector(byTestId('header-account'), { state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'header-account-menu');
    await page.click(byTestId('header-account-menu'));
    await page.click(byTestId('header-account'));
    await page.waitForSelector(byTestId('account-page'));
    await page.waitForFunction(() => document.querySelector('#profile-language')?.value === 'en');
    assert.match(await page.textContent('h1'), /My account/);
    await screenshot(page, 'account');

    // Log out: the header offers login and registration again, the home page is shown.
    await page.click(byTestId('header-account-menu'));
    await page.click(byTestId('header-logout'));
    await page.waitForSelector(byTestId('header-logged-out'));
    await page.waitForSelector(byTestId('header-login'));
    assert.equal(await page.locator(byTestId('header-account')).count(), 0);
    assert.equal(new URL(page.url()).pathname, '/');

    // The account page now sends visitors to the login form.
    await page.goto(`${BASE_URL}/account`);
    await page.waitForSelector(byTestId('login-form'));
    assert.equal(new URL(page.url()).pathname, '/login');
  });
});

test('forgot password, reset it with the mailed link, log in with the new one', { timeout: 120_000 }, async () => {
  await withPage('password-reset', { locale: 'en-GB' }, async (page) => {
    await page.goto(`${BASE_URL}/login`);
    await page.waitForSelector(byTestId('login-form'));
    await page.waitForSelector(byTestId('header-logged-out'));

    const requestedAt = Date.now() - 1000;
    await page.click(byTestId('login-forgot'));
    await page.waitForSelector(byTestId('forgot-form'));
    await page.fill('#forgot-email', email);
    await page.click(byTestId('forgot-submit'));
    await page.waitForSelector(byTestId('forgot-success'));

    const resetLink = await waitForMailLink(email, '/reset-password', { after: requestedAt });
    await page.goto(`${BASE_URL}${resetLink}`);
    await page.waitForSelector(byTestId('reset-form'));
    await page.fill('#reset-password', newPassword);
    await page.fill('#reset-password-repeat', newPassword);
    await page.click(byTestId('reset-submit'));
    await page.waitForSelector(byTestId('reset-success'));

    // The old password no longer works; the new one does.
    await page.click(byTestId('reset-login'));
    await page.waitForSelector(byTestId('login-form'));
    await logIn(page, email, password);
    await page.waitForSelector(`${byTestId('error-message')}[data-error-code="invalid_credentials"]`);
    await logIn(page, email, newPassword);
    await page.waitForSelector(byTestId('header-account'), { state: 'attached' });
    await page.waitForSelector(byTestId('account-page'));
  });
});

test('download the data export, then delete the account', { timeout: 120_000 }, async () => {
  await withPage('export-delete', { locale: 'cs-CZ' }, async (page) => {
    await page.goto(`${BASE_URL}/login?next=/account`);
    await page.waitForSelector(byTestId('login-form'));
    await logIn(page, email, newPassword);
    await page.waitForSelector(byTestId('account-page'));

    const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('export-submit'))]);
    assert.equal(download.suggestedFilename(), 'glokal-data-export.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.user.email, email);

    // Deleting needs the password; a wrong one is refused inside the dialog.
    await page.click(byTestId('delete-open'));
    await page.waitForSelector(`${byTestId('delete-dialog')}[open]`);
    await page.fill('#delete-password', 'not the password');
    await page.click(byTestId('delete-confirm'));
    await page.waitForSelector(`${byTestId('delete-dialog')} ${byTestId('error-message')}[data-error-code="wrong_password"]`);
    await page.fill('#delete-password', newPassword);
    await page.click(byTestId('delete-confirm'));
    await page.waitForSelector(byTestId('header-logged-out'));
    await page.waitForSelector(byTestId('notice'));
    assert.equal(new URL(page.url()).pathname, '/');

    // The account is gone.
    await page.goto(`${BASE_URL}/login`);
    await page.waitForSelector(byTestId('login-form'));
    await logIn(page, email, newPassword);
    await page.waitForSelector(`${byTestId('error-message')}[data-error-code="invalid_credentials"]`);
  });
});

test('mobile home page (375 px) with the menu', { timeout: 60_000 }, async () => {
  await withPage('mobile', { locale: 'cs-CZ', viewport: { width: 375, height: 812 } }, async (page) => {
    await page.goto(`${BASE_URL}/`);
    await page.waitForSelector(byTestId('header-logged-out'), { state: 'attached' });
    assert.equal(await htmlLang(page), 'cs');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    await screenshot(page, 'home-mobile-375');

    // The navigation sits behind the menu button.
    assert.equal(await page.isVisible(byTestId('header-login')), false);
    await page.click(byTestId('menu-toggle'));
    assert.equal(await page.getAttribute(byTestId('menu-toggle'), 'aria-expanded'), 'true');
    await page.waitForSelector(byTestId('header-login'), { state: 'visible' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'home-mobile-375-menu.png') });
  });
});
