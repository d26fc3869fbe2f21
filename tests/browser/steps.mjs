// The steps the browser journey repeats: logging in with a code from the demo outbox, reacting
// on an entry card, and running one user's journey with its accessibility verdict.
import assert from 'node:assert/strict';

export async function h1(page) {
  return (await page.locator('h1').innerText()).trim();
}

// Runs one user's journey; afterwards fails with every axe-core violation seen on the way.
// When a step fails first, the violations seen so far are added to that failure.
export async function journey(checker, steps) {
  try {
    await steps();
  } catch (e) {
    try {
      checker.assertNoViolations();
    } catch (axe) {
      e.message += `\n\n${axe.message}`;
    }
    throw e;
  }
  checker.assertNoViolations();
}

// The demo outbox page (GET /demo): the mails to `email`, newest first, as plain text.
async function mailsTo(page, email) {
  await page.goto('/demo');
  assert.equal(await h1(page), 'Demo: de outbox');
  return page.locator('article.stip-demo-mail').filter({ hasText: `Aan: ${email}` })
      .locator('pre').allInnerTexts();
}

function codeIn(mail) {
  const m = /^\s*(\d{6,10})\s*$/m.exec(mail);
  assert.ok(m, `no login code in the mail:\n${mail}`);
  return m[1];
}

// From the code login page: ask for a code, read it in the demo outbox (a second tab in the
// same browser context), and log in with it. Ends on /ons-gezin (a network member: `landing`).
export async function logInWithCode(page, checker, email, stepPrefix, landing = '**/ons-gezin') {
  assert.equal(await h1(page), 'Inloggen voor gezinnen');
  await checker.check(page, `${stepPrefix}-code-login`);
  // Asking without an address: the page says what is missing.
  await page.getByRole('button', { name: 'Stuur mij een code' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Vul je e-mailadres in\./);
  assert.equal(await page.getByLabel('Je e-mailadres').getAttribute('aria-invalid'), 'true');
  await checker.check(page, `${stepPrefix}-code-login-error`);
  const outbox = await page.context().newPage();
  const before = await mailsTo(outbox, email);
  await checker.check(outbox, `${stepPrefix}-demo-outbox`);

  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een code' }).click();
  const codeField = page.getByLabel('De code uit de e-mail');
  await codeField.waitFor();
  await checker.check(page, `${stepPrefix}-code-sent`);

  // The server answers first and mails afterwards (the same answer for every address), so the
  // mail may take a moment to arrive.
  let after = await mailsTo(outbox, email);
  for (let i = 0; i < 50 && after.length === before.length; i++) {
    await outbox.waitForTimeout(100);
    after = await mailsTo(outbox, email);
  }
  assert.equal(after.length, before.length + 1, `a new mail to ${email} should be in the outbox`);
  await checker.check(outbox, `${stepPrefix}-demo-outbox-new-code`);
  const code = codeIn(after[0]);
  await outbox.close();

  await codeField.fill(code);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(landing);
}

// The reaction form of one entry card (templates/_entry.mustache): radios "soort",
// a labelled textarea "tekst", button "Reactie versturen", possibly inside <details>.
export async function react(page, card, kind, text) {
  const form = card.locator('form.stip-reaction-form');
  assert.equal(await form.count(), 1,
               'every visible entry card has one reaction form (form.stip-reaction-form)');
  const action = await form.getAttribute('action');
  const m = /^\/ons-gezin\/aantekeningen\/([^/]+)\/reacties$/.exec(action || '');
  assert.ok(m, `unexpected reaction form action: ${action}`);
  const entryId = m[1];
  const summary = card.locator('details > summary', { hasText: 'Reageren' });
  if ((await summary.count()) > 0 && !(await form.isVisible())) await summary.click();
  await form.locator(`input[name="soort"][value="${kind}"]`).check();
  await form.locator('textarea[name="tekst"]').fill(text);
  await form.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.waitForURL((url) => url.pathname === '/ons-gezin' &&
                                 url.hash === `#aantekening-${entryId}`);
  assert.equal(await page.locator(`[id="aantekening-${entryId}"]`).count(), 1,
               `the page has the anchor #aantekening-${entryId} it was sent to`);
  const after = page.locator('li.stip-entry').filter({
    has: page.locator(`form[action="/ons-gezin/aantekeningen/${entryId}/reacties"]`) });
  await assert.doesNotReject(after.filter({ hasText: text }).waitFor({ timeout: 5_000 }),
                             `the reaction "${text}" should be shown on its entry`);
  return entryId;
}
