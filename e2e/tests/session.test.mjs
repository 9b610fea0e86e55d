// Session handling of the SPA's API client: an expired access token is refreshed once through
// the HttpOnly cookie and the request is retried; API errors come back in the UI language.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE_URL, byTestId, confirmedAccount, launchBrowser, newPage } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('an expired access token is refreshed once and the request retried', { timeout: 90_000 }, async () => {
  const { email, password } = await confirmedAccount({
    prefix: 'e2e-session',
    name: 'Petr Svoboda',
    password: `Erzgebirge-Krušné hory ${Math.random().toString(36).slice(2, 8)}`,
  });
  const page = await newPage(browser, { locale: 'cs-CZ' });
  try {
    await page.goto(`${BASE_URL}/login`);
    await page.waitForSelector(byTestId('login-form'));
    await page.fill('#login-email', email);
    await page.fill('#login-password', password);
    await page.click(byTestId('login-submit'));
    await page.waitForSelector(byTestId('account-page'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'cs', 'the account language is applied');

    // The server answers the next PATCH /me as if the access token had expired.
    const calls = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/')) calls.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    let expired = false;
    await page.route('**/api/v1/me', async (route) => {
      if (route.request().method() === 'PATCH' && !expired) {
        expired = true;
        assert.equal(route.request().headers()['accept-language'], 'de', 'requests carry the UI language');
        await route.fulfill({
          status: 401,
          contentType: 'application/json',
          body: JSON.stringify({ code: 'token_expired', message: 'Ihre Sitzung ist abgelaufen.' }),
        });
      } else {
        await route.continue();
      }
    });

    await page.click(byTestId('lang-de'));
    await page.waitForFunction(() => document.querySelector('#profile-language')?.value === 'de');
    assert.deepEqual(
      calls.filter((call) => call !== 'GET /api/v1/info'),
      ['PATCH /api/v1/me', 'POST /api/v1/auth/refresh', 'PATCH /api/v1/me'],
    );
    // Still logged in, no error shown.
    await page.waitForSelector(byTestId('header-account'), { state: 'attached' });
    assert.equal(await page.locator(byTestId('notice')).count(), 0);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.context().close();
  }
});

test('API calls carry the UI language; errors are shown in it', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  try {
    await page.goto(`${BASE_URL}/login`);
    await page.waitForSelector(byTestId('login-form'));
    const sent = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/auth/login')) sent.push(request.headers()['accept-language']);
    });
    for (const [lang, expected] of [['cs', /heslo/i], ['de', /Passwort/], ['en', /password/]]) {
      await page.click(byTestId(`lang-${lang}`));
      await page.fill('#login-email', 'nobody-here@example.org');
      await page.fill('#login-password', 'certainly not right');
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'));
      await page.click(byTestId('login-submit'));
      const response = await answered;
      assert.equal(response.status(), 401);
      const body = await response.json();
      assert.equal(body.code, 'invalid_credentials');
      assert.match(body.message, expected, `the server answers in ${lang}`);
      const message = page.locator(`${byTestId('error-message')}[data-error-code="invalid_credentials"]`);
      await message.waitFor();
      assert.match(await message.textContent(), expected);
    }
    assert.deepEqual(sent, ['cs', 'de', 'en']);
  } finally {
    await page.context().close();
  }
});
