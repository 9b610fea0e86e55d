// Shared helpers of the browser tests: environment, browser launch, reading mails from the outbox.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Base URL of the running server that serves the API and the built SPA. */
export const BASE_URL = (process.env.GLOKAL_E2E_BASE_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
/** Directory the server writes mails to (`$GLOKAL_DATA_DIR/outbox`). */
export const OUTBOX = process.env.GLOKAL_E2E_OUTBOX || '';
/** Directory for screenshots. */
export const ARTIFACTS = process.env.GLOKAL_E2E_ARTIFACTS || path.resolve('artifacts');
/** System Chromium; never downloaded. */
export const CHROMIUM = process.env.GLOKAL_E2E_CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with a fresh temporary profile (playwright creates and removes it). */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A new page in a fresh context; collects console errors and uncaught exceptions
 * so a failing test can print them.
 */
export async function newPage(browser, { locale = 'de-DE', viewport = { width: 1280, height: 900 } } = {}) {
  // Reduced motion switches off CSS transitions, so screenshots never catch an animation halfway.
  const context = await browser.newContext({ locale, viewport, acceptDownloads: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Expected 4xx answers (wrong password, no session yet) are part of the flows; 5xx are not.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) {
      page.problems.push(`console: ${message.text()}`);
    }
  });
  return page;
}

/**
 * Saves a full-page screenshot into the artefacts directory, scrolled to the top first (the
 * header is sticky: scrolled down, it would cover the page in the middle of the picture).
 */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs `body` with a fresh page of `browser`; on failure saves `failure-<name>.png` and prints
 * the browser's problems. Uncaught errors in the browser fail the test.
 */
export async function withPage(browser, name, options, body) {
  const page = await newPage(browser, options);
  try {
    await body(page);
    assert.deepEqual(page.problems, [], 'no uncaught errors in the browser');
  } catch (error) {
    await screenshot(page, `failure-${name}`).catch(() => {});
    if (page.problems.length) console.error(`browser problems in ${name}:\n${page.problems.join('\n')}`);
    throw error;
  } finally {
    await page.context().close();
  }
}

/** Selector of an element by its `data-testid`. */
export const byTestId = (id) => `[data-testid="${id}"]`;

/**
 * Registers an account through the API (not the UI) and confirms it with the link from the
 * outbox; returns its e-mail address and password.
 */
export async function confirmedAccount({ prefix = 'e2e', name = 'Jana Nováková', language = 'cs', password } = {}) {
  const email = uniqueEmail(prefix);
  password ??= `Lužické hory ${Math.random().toString(36).slice(2, 8)}`;
  const since = Date.now() - 1000;
  const { terms_version } = await (await fetch(`${BASE_URL}/api/v1/info`)).json();
  const register = await fetch(`${BASE_URL}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email, password, display_name: name, preferred_language: language, accepted_terms_version: terms_version,
    }),
  });
  assert.equal(register.status, 201);
  const { id } = await register.json();
  const link = await waitForMailLink(email, '/verify-email', { after: since });
  const token = new URL(link, BASE_URL).searchParams.get('token');
  const verify = await fetch(`${BASE_URL}/api/v1/auth/verify-email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  assert.equal(verify.status, 200);
  return { id, email, password, name };
}

/**
 * The platform administrator `run.sh` (and `cargo xtask test`) creates with `glokal admin
 * create`, if the environment names one.
 */
export const ADMIN = process.env.GLOKAL_E2E_ADMIN_EMAIL
  ? { email: process.env.GLOKAL_E2E_ADMIN_EMAIL, password: process.env.GLOKAL_E2E_ADMIN_PASSWORD || '' }
  : null;

// The admin's access token, reused for a few minutes: logins are limited per account.
let adminSession = { token: '', at: 0 };

/** An access token of the platform admin (one login per test file and five minutes). */
export async function adminToken() {
  if (!ADMIN) throw new Error('GLOKAL_E2E_ADMIN_EMAIL is not set (run the tests through e2e/run.sh)');
  if (!adminSession.token || Date.now() - adminSession.at > 5 * 60_000) {
    adminSession = { token: await apiToken(ADMIN), at: Date.now() };
  }
  return adminSession.token;
}

/** Gives an account a role (`institution_staff`, …) through the admin API. */
export async function grantRole(account, role) {
  const response = await api('PUT', `/api/v1/admin/users/${account.id}/role`, await adminToken(), { role });
  assert.equal(response.status, 200, `granting ${role}`);
}

/** A JSON request to the API; `token` may be null. */
export async function api(method, path, token, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(`${BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Creates an organisation through the API (the account becomes its owner); returns it. */
export async function createOrganization(account, organization) {
  const response = await api('POST', '/api/v1/organizations', await apiToken(account), organization);
  assert.equal(response.status, 201, 'organisation created');
  return response.json();
}

/** `YYYY-MM-DD` of the day `days` from today (local time of the test machine). */
export function isoDay(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** How far the page scrolls sideways (0: it fits the viewport). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Types into a combobox and picks the first suggestion by keyboard. */
export async function pickFirst(page, selector, text) {
  await page.fill(selector, '');
  await page.type(selector, text, { delay: 30 });
  await page.waitForSelector(`${selector}[aria-expanded="true"]`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** An access token for an account (through the API). */
export async function apiToken(account) {
  const login = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  assert.equal(login.status, 200);
  return (await login.json()).access_token;
}

/** Logs in through the login form, which then opens `next`. */
export async function logIn(page, next, account) {
  await page.goto(`${BASE_URL}/login?next=${encodeURIComponent(next)}`);
  await page.waitForSelector(byTestId('login-form'));
  await page.fill('#login-email', account.email);
  await page.fill('#login-password', account.password);
  await page.click(byTestId('login-submit'));
  // Attached, not visible: the account entries sit in the (closed) account menu.
  await page.waitForSelector(byTestId('header-account'), { state: 'attached' });
}

/** A unique, valid e-mail address for one test run. */
export function uniqueEmail(prefix = 'e2e') {
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now()}-${random}@example.org`;
}

// ---- Mail outbox -------------------------------------------------------------------------

function splitHeaders(raw) {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeQuotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The decoded text of every leaf part of a MIME message. */
export function mailTexts(raw) {
  const { headers, body } = splitHeaders(raw);
  const type = headers['content-type'] || 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => mailTexts(part.replace(/^\n/, '')));
  }
  const encoding = (headers['content-transfer-encoding'] || '').toLowerCase();
  if (encoding === 'base64') return [Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')];
  if (encoding === 'quoted-printable') return [decodeQuotedPrintable(body)];
  return [body];
}

/** Headers of a raw mail (lower-case names). */
export function mailHeaders(raw) {
  return splitHeaders(raw).headers;
}

/**
 * Polls the outbox (up to `timeoutMs`) for the newest mail to `address` that contains a link
 * to `linkPath` with a `token=` parameter, and returns that link as path + query.
 */
export async function waitForMailLink(address, linkPath, { timeoutMs = 10_000, after = 0 } = {}) {
  if (!OUTBOX) throw new Error('GLOKAL_E2E_OUTBOX is not set');
  const deadline = Date.now() + timeoutMs;
  const pattern = new RegExp(`https?://[^\\s"'<>]*${linkPath.replace(/[-/]/g, '\\$&')}\\?[^\\s"'<>]*token=[^\\s"'<>&]+`, 'g');
  while (Date.now() < deadline) {
    const files = fs.existsSync(OUTBOX)
      ? fs
          .readdirSync(OUTBOX)
          .filter((name) => name.endsWith('.eml'))
          .map((name) => path.join(OUTBOX, name))
          .map((file) => ({ file, mtime: fs.statSync(file).mtimeMs }))
          .filter(({ mtime }) => mtime >= after)
          .sort((a, b) => b.mtime - a.mtime)
      : [];
    for (const { file } of files) {
      const raw = fs.readFileSync(file, 'utf8');
      const to = (mailHeaders(raw).to || '').toLowerCase();
      if (!to.includes(address.toLowerCase())) continue;
      for (const text of mailTexts(raw)) {
        const match = text.replace(/&amp;/g, '&').match(pattern);
        if (match) {
          const url = new URL(match[0]);
          return `${url.pathname}${url.search}`;
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${address} with a ${linkPath}?token=… link within ${timeoutMs} ms in ${OUTBOX}`);
}

/**
 * Polls the outbox (up to `timeoutMs`) for a mail to `address` whose decoded text matches
 * `pattern`, and returns that text.
 */
export async function waitForMailText(address, pattern, { timeoutMs = 10_000, after = 0 } = {}) {
  if (!OUTBOX) throw new Error('GLOKAL_E2E_OUTBOX is not set');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs.existsSync(OUTBOX) ? fs.readdirSync(OUTBOX).filter((name) => name.endsWith('.eml')) : [];
    for (const name of files) {
      const file = path.join(OUTBOX, name);
      if (fs.statSync(file).mtimeMs < after) continue;
      const raw = fs.readFileSync(file, 'utf8');
      if (!(mailHeaders(raw).to || '').toLowerCase().includes(address.toLowerCase())) continue;
      const text = mailTexts(raw).find((t) => pattern.test(t));
      if (text) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${address} matching ${pattern} within ${timeoutMs} ms in ${OUTBOX}`);
}
