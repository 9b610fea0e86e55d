// A shortage alert from posting to the first answer: a Czech injection moulder posts an urgent
// shortage alert in Czech in the browser; a German plastics firm 25 km away sees it in its
// notification centre in German (and gets a German mail), opens it and expresses interest; the
// Czech firm answers in its inbox; the German side reads the answer.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE_URL,
  byTestId,
  confirmedAccount,
  createOrganization,
  isoDay,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
  waitForMailText,
} from './helpers.mjs';

let browser;
const suffix = Math.random().toString(36).slice(2, 6);
const czech = { account: null, org: null };
const german = { account: null, org: null };
const TITLE = `Naléhavě hledáme granulát PA6 GF30 ${suffix}`;
const INTEREST = 'Guten Tag, wir haben 2 t PA6 GF30 auf Lager und können morgen liefern.';
const ANSWER = 'Dobrý den, výborně – pošlete nám prosím nabídku.';

before(async () => {
  browser = await launchBrowser();
  czech.account = await confirmedAccount({ prefix: 'e2e-alert-cz', name: 'Jana Nováková', language: 'cs' });
  german.account = await confirmedAccount({ prefix: 'e2e-alert-de', name: 'Thomas Richter', language: 'de' });
  czech.org = await createOrganization(czech.account, {
    name: `Nováková plasty ${suffix} s.r.o.`,
    kind: 'company',
    country: 'CZ',
    city: 'Liberec',
    nace_main: '22.29',
    description: { cs: 'Vstřikování plastů pro automobilový průmysl.' },
  });
  german.org = await createOrganization(german.account, {
    name: `Zittauer Kunststoff ${suffix} GmbH`,
    kind: 'company',
    country: 'DE',
    city: 'Zittau',
    nace_main: '22.29',
    keywords: ['Granulat', 'PA6'],
    description: { de: 'Kunststoffspritzguss; Granulat PA6 und PA66 auf Lager.' },
  });
});

after(async () => {
  await browser?.close();
});

test('a Czech shortage alert reaches a German firm nearby, which answers through the inbox', { timeout: 240_000 }, async () => {
  const cs = await newPage(browser, { locale: 'cs-CZ' });
  const de = await newPage(browser, { locale: 'de-DE' });
  try {
    // Posted in Czech, published at once, 80 km around Liberec.
    const since = Date.now() - 1000;
    await logIn(cs, '/opportunities/new', czech.account);
    await cs.waitForSelector(byTestId('opp-form'));
    await cs.selectOption('#opp-type', 'shortage_alert');
    await cs.waitForSelector(`${byTestId('opp-request-fields')}:not([hidden])`);
    await cs.fill('#opp-title-cs', TITLE);
    await cs.fill('#opp-text-cs', 'Kvůli výpadku dodavatele hledáme 2 t granulátu PA6 GF30 pro vstřikování plastů.');
    await cs.fill('#opp-quantity', '2');
    await cs.fill('#opp-unit', 't');
    await cs.fill('#opp-needed-by', isoDay(7));
    await cs.fill('#opp-max-distance', '80');
    await cs.fill('#opp-keywords', 'granulát PA6');
    await cs.press('#opp-keywords', 'Enter');
    await cs.click(byTestId('opp-submit-publish'));
    await cs.waitForSelector(`${byTestId('opp-page')}[data-status="published"]`);
    const alertId = await cs.getAttribute(byTestId('opp-page'), 'data-id');

    // The German firm: a mail in German …
    const mail = await waitForMailText(german.account.email, /hat auf Glokal einen Engpass gemeldet/, { after: since });
    assert.match(mail, new RegExp(`Nováková plasty ${suffix} s\\.r\\.o\\. aus Liberec`));
    assert.match(mail, /Menge: 2 t/);
    // … and the notification centre in German.
    await logIn(de, '/', german.account);
    await de.waitForSelector(`${byTestId('header-bell')}[data-count="1"]`);
    await de.click(byTestId('header-bell'));
    const notice = de.locator(`${byTestId('notification')}[data-kind="shortage_alert"]`);
    await notice.waitFor();
    assert.match(await notice.textContent(), new RegExp(`Engpass in Ihrer Nähe: ${TITLE}`));
    assert.match(await notice.textContent(), /braucht bis .* Hilfe/);
    await screenshot(de, 'alert-notification-de');
    await notice.locator(byTestId('notification-link')).click();
    await de.waitForURL(`${BASE_URL}/opportunities/${alertId}`);
    await de.waitForSelector(byTestId('opp-title'));

    // Interest expressed from the alert's page.
    await de.click(byTestId('contact-open'));
    await de.waitForSelector(`${byTestId('contact-dialog')}[open]`);
    await de.fill('#contact-body', INTEREST);
    await de.click(byTestId('contact-confirm'));
    await de.waitForURL(/\/inbox\/[0-9a-f-]{36}/);
    const conversation = await de.getAttribute(byTestId('thread-page'), 'data-id');

    // The Czech firm answers in its inbox.
    await cs.click(byTestId('brand'));
    await cs.waitForSelector(`${byTestId('header-bell')}[data-count="1"]`);
    await cs.goto(`${BASE_URL}/inbox`);
    const row = `${byTestId('inbox-item')}[data-id="${conversation}"]`;
    await cs.waitForSelector(row);
    assert.equal((await cs.textContent(`${row} ${byTestId('inbox-item-about')}`)).trim(), TITLE);
    await cs.click(`${row} a`);
    await cs.waitForSelector(`${byTestId('message')}[data-mine="false"]`);
    assert.equal(await cs.innerText(`${byTestId('message')}[data-mine="false"] ${byTestId('message-body')}`), INTEREST);
    await cs.fill('#compose-body', ANSWER);
    await cs.click(byTestId('compose-send'));
    await cs.waitForSelector(`${byTestId('thread-messages')}[data-count="2"]`);
    await screenshot(cs, 'alert-answer-cs');

    // The German side reads the answer.
    await de.click(byTestId('brand'));
    await de.waitForSelector(`${byTestId('header-bell')}[data-count="1"]`);
    await de.goto(`${BASE_URL}/inbox/${conversation}`);
    await de.waitForSelector(`${byTestId('thread-messages')}[data-count="2"]`);
    assert.equal(await de.innerText(`${byTestId('message')}[data-mine="false"] ${byTestId('message-body')}`), ANSWER);
  } catch (error) {
    await screenshot(cs, 'failure-alerts-cs').catch(() => {});
    await screenshot(de, 'failure-alerts-de').catch(() => {});
    throw error;
  } finally {
    await cs.close();
    await de.close();
  }
});
