// "Ask an expert" in the browser: on a chamber's profile the contact form offers to send the
// message as a question to the experts (not on a company's profile); the chamber receives it as
// an expert question in its question queue (checked through the API).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  api,
  apiToken,
  BASE_URL,
  byTestId,
  confirmedAccount,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
} from './helpers.mjs';

let browser;
const suffix = () => Math.random().toString(36).slice(2, 6);
const asker = { email: '', password: '', token: '', orgId: '' };
const chamber = { email: '', password: '', token: '', orgId: '', name: '' };
const other = { orgId: '' };

before(async () => {
  browser = await launchBrowser();
  Object.assign(asker, await confirmedAccount({ prefix: 'e2e-expert-firm', name: 'Petra Dvořáková', language: 'de' }));
  asker.token = await apiToken(asker);
  Object.assign(chamber, await confirmedAccount({ prefix: 'e2e-expert-ihk', name: 'Anna Weber', language: 'de' }));
  chamber.token = await apiToken(chamber);
  const create = async (token, body) => {
    const response = await api('POST', '/api/v1/organizations', token, body);
    assert.equal(response.status, 201);
    return (await response.json()).id;
  };
  asker.orgId = await create(asker.token, { name: `Dvořák Kovo ${suffix()} s.r.o.`, kind: 'company', country: 'CZ', city: 'Děčín', description: { cs: 'Kovoobrábění.' } });
  chamber.name = `IHK Testkammer ${suffix()}`;
  chamber.orgId = await create(chamber.token, { name: chamber.name, kind: 'chamber', country: 'DE', city: 'Dresden', description: { de: 'Industrie- und Handelskammer.' } });
  other.orgId = await create(chamber.token, { name: `Sächsische Fräserei ${suffix()} GmbH`, kind: 'company', country: 'DE', city: 'Pirna', description: { de: 'Fräsen.' } });
});

after(async () => {
  await browser?.close();
});

test('a question to a chamber arrives in its expert queue; companies are not asked as experts', async () => {
  const page = await newPage(browser);
  try {
    await logIn(page, `/organizations/${other.orgId}`, asker);
    await page.waitForSelector(byTestId('contact-open'));
    await page.click(byTestId('contact-open'));
    await page.waitForSelector('#contact-body');
    assert.equal(await page.$$eval(byTestId('contact-expert'), (els) => els.length), 0, 'no expert option for a company');
    await page.keyboard.press('Escape');

    await page.goto(`${BASE_URL}/organizations/${chamber.orgId}`);
    await page.waitForSelector(byTestId('contact-open'));
    await page.click(byTestId('contact-open'));
    await page.waitForSelector(byTestId('contact-expert'));
    assert.match(await page.textContent('label:has(#contact-expert)'), /Frage an die Expertinnen und Experten/);
    await page.check('#contact-expert');
    await page.fill('#contact-body', 'Welche Zollformalitäten gelten für Lieferungen nach Sachsen?');
    await screenshot(page, 'contact-expert-de');
    await page.click(byTestId('contact-confirm'));
    await page.waitForURL(/\/inbox\/[0-9a-f-]{36}/);
    await page.waitForSelector(byTestId('thread-page'));
    const id = await page.getAttribute(byTestId('thread-page'), 'data-id');

    const response = await api('GET', `/api/v1/conversations?organization_id=${chamber.orgId}&kind=ask_expert&open_only=true`, chamber.token);
    assert.equal(response.status, 200);
    const queue = await response.json();
    assert.deepEqual(queue.items.map((c) => c.id), [id]);
    assert.equal(queue.items[0].kind, 'ask_expert');
  } finally {
    await page.close();
  }
});
