// Browser-test support: starts the real `stip demo` binary on a free port with a temporary data
// directory, launches Debian's chromium through playwright-core, and checks every page a user
// visits with axe-core (WCAG 2.1 A and AA) while keeping a full-page screenshot per step.
//
// Environment:
//   STIP_BINARY             the stip binary (CMake passes build/stip)
//   STIP_BROWSER_ARTIFACTS  where screenshots and the server's output go (default: a temp dir)
//   STIP_CHROMIUM           the browser (default /usr/bin/chromium, from Debian via scripts/setup)
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync,
         writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SETUP_HINT = 'Run scripts/setup (or `make setup`) in the repository root.';

// The WCAG 2.1 A and AA rules of axe-core, by their tags.
export const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function requireExecutable(file, what) {
  try {
    accessSync(file, constants.X_OK);
  } catch {
    throw new Error(`${what} not found or not executable at ${file}. ${SETUP_HINT}`);
  }
}

// playwright-core's chromium and axe-core's source; a clear message when npm ci has not run.
export async function loadTools() {
  let playwright;
  let axeSource;
  try {
    playwright = await import('playwright-core');
    axeSource = readFileSync(require.resolve('axe-core'), 'utf8');
  } catch (e) {
    throw new Error(`playwright-core or axe-core is missing from ${path.join(repoRoot, 'node_modules')}` +
                    ` (${e.message}). ${SETUP_HINT} It runs npm ci.`);
  }
  return { chromium: playwright.chromium, axeSource };
}

export function artifactDir() {
  const dir = process.env.STIP_BROWSER_ARTIFACTS || mkdtempSync(path.join(tmpdir(), 'stip-browser-'));
  mkdirSync(dir, { recursive: true });
  // Only what an earlier run of this suite left behind, so a stale screenshot cannot mislead.
  for (const name of readdirSync(dir)) {
    if (/^\d\d-.*\.png$/.test(name) || /^stip-demo\.(out|err)$/.test(name)) {
      rmSync(path.join(dir, name));
    }
  }
  return dir;
}

export async function launchChromium(chromium) {
  const executablePath = process.env.STIP_CHROMIUM || '/usr/bin/chromium';
  requireExecutable(executablePath, 'Chromium (Debian package "chromium")');
  // chromiumSandbox false makes playwright pass --no-sandbox: the tests may run as root in a
  // container, where chromium's sandbox cannot start.
  return chromium.launch({ executablePath, headless: true, chromiumSandbox: false, timeout: 30_000 });
}

// `stip demo --port 0`: the port comes from the URL it prints; ready when /healthz answers.
export async function startDemo(dir) {
  const binary = path.resolve(process.env.STIP_BINARY || path.join(repoRoot, 'build', 'stip'));
  requireExecutable(binary, 'The stip binary (build it with `cmake --build build --target stip`)');
  const work = mkdtempSync(path.join(tmpdir(), 'stip-browser-data-'));
  const child = spawn(binary, ['demo', '--port', '0', '--data', path.join(work, 'data')],
                      { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (error) => resolve({ error: error.message }));
  });
  let ended = null;
  exited.then((status) => { ended = status; });

  const output = () => `--- stdout ---\n${out}\n--- stderr ---\n${err}`;
  const stop = async () => {
    if (!ended) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    writeFileSync(path.join(dir, 'stip-demo.out'), out);
    writeFileSync(path.join(dir, 'stip-demo.err'), err);
    rmSync(work, { recursive: true, force: true });
    return ended;
  };

  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (ended) {
      await stop();
      throw new Error(`stip demo ended before it served (${JSON.stringify(ended)}):\n${output()}`);
    }
    const m = /http:\/\/127\.0\.0\.1:(\d{1,5})/.exec(out);
    if (m) {
      const baseUrl = `http://127.0.0.1:${m[1]}`;
      try {
        const r = await fetch(`${baseUrl}/healthz`);
        if (r.status === 200) return { baseUrl, stop, output };
      } catch { /* not listening yet */ }
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await stop();
  throw new Error(`stip demo did not answer GET /healthz within 30 s:\n${output()}`);
}

// One violation per block: rule, impact, what it means, and every element it found.
export function formatViolations(step, url, violations) {
  const lines = [`${step} (${url}): ${violations.length} WCAG 2.1 A/AA violation(s)`];
  for (const v of violations) {
    lines.push(`  ${v.id} [${v.impact}]: ${v.help}`, `    ${v.helpUrl}`);
    for (const n of v.nodes) {
      lines.push(`    - ${n.target.join(' ')}`);
      if (n.failureSummary) lines.push(...n.failureSummary.split('\n').map((l) => `        ${l}`));
    }
  }
  return lines.join('\n');
}

// Checks pages as a user moves through them: a numbered full-page screenshot, then axe-core.
// Violations are collected (a journey should report every page's problems in one run) and
// `assertNoViolations` fails the test with all of them.
export class PageChecker {
  constructor(axeSource, dir) {
    this.axeSource = axeSource;
    this.dir = dir;
    this.step = 0;
    this.reports = [];
    this.visited = [];
  }

  async check(page, name) {
    await page.waitForLoadState('load');
    const step = `${String(++this.step).padStart(2, '0')}-${name}`;
    // From the top: on a page opened at an anchor, chromium's full-page capture would draw the
    // off-screen skip link (position: fixed, far above the viewport) in the middle of the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(this.dir, `${step}.png`), fullPage: true });
    const result = await this.axe(page);
    this.visited.push(`${step} ${page.url()}`);
    if (result.violations.length > 0) {
      this.reports.push(formatViolations(step, page.url(), result.violations));
    }
    return result;
  }

  // WCAG 1.4.10 (reflow), which axe-core cannot see: at 320 CSS pixels wide the page must not
  // scroll sideways. Keeps a screenshot at that width and restores the viewport.
  async checkReflow(page, name) {
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      const step = `${String(++this.step).padStart(2, '0')}-${name}-320px`;
      await page.screenshot({ path: path.join(this.dir, `${step}.png`), fullPage: true });
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 1 &&
                            !el.closest('[role="region"][tabindex="0"]'))
            .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` +
                                     `${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`);
      });
      const scrolls = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      this.visited.push(`${step} ${page.url()}`);
      if (scrolls) {
        this.reports.push(`${step} (${page.url()}): the page scrolls sideways at 320 px ` +
                          `(WCAG 1.4.10 reflow); too wide: ${wide.join(', ') || '?'}`);
      }
    } finally {
      await page.setViewportSize(viewport);
    }
  }

  // axe-core's WCAG 2.1 A/AA run on the page as it is now. Evaluated through the DevTools
  // protocol, so the page's Content-Security-Policy (no inline scripts) stays as users get it.
  async axe(page) {
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
      await page.evaluate(this.axeSource);
    }
    const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        WCAG21_AA_TAGS);
    if (result.passes.length === 0) {
      throw new Error(`axe-core checked nothing on ${page.url()}: is the page empty?`);
    }
    return result;
  }

  // Fails with every violation found since the last call (one call per user's journey).
  assertNoViolations() {
    const reports = this.reports;
    this.reports = [];
    if (reports.length > 0) {
      throw new Error(`axe-core found accessibility problems:\n${reports.join('\n')}\n` +
                      `Screenshots: ${this.dir}`);
    }
  }
}
