// End-to-end test in real VS Code: code-server (VS Code 1.100's workbench and Node extension host)
// driven by Debian's Chromium through playwright-core. Installs the packaged provenance.vsix into a
// fresh profile, opens a draft with one planted misquote (checked against the seeds bundled in the
// .vsix), and checks through the UI what a writer sees; then runs the extension-host mocha suite on
// a workspace holding the seeds and the draft.
//
// Prerequisites (npm run test:e2e does all three): npm run package, bash test/e2e/install.sh.
// Options (environment): E2E_KEEP=1 keeps the temp folder; E2E_UPDATE_DOCS=1 writes the screenshots
// to docs/screenshots; CHROMIUM=path picks another Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Checks, selectors as S, textBox } from './ui.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const E2E = path.join(ROOT, '.e2e');
const VSIX = path.join(ROOT, 'provenance.vsix');
// Screenshots land in .e2e/screenshots (look at them after a run); E2E_UPDATE_DOCS=1 refreshes
// the committed ones in docs/screenshots instead.
const SHOTS = path.join(ROOT, process.env.E2E_UPDATE_DOCS ? 'docs/screenshots' : '.e2e/screenshots');
const CODE_SERVER = path.join(E2E, 'node_modules/.bin/code-server');
const SEED_WITH_QUOTE = '000_31177b0833f0709a.txt';
// The editor's upper part (right of the side bar) in the 1280×800 window: where hovers and the
// quick-fix list show, without the empty rest of the window.
const EDITOR_CLIP = { x: 340, y: 0, width: 940, height: 450 };

for (const [file, fix] of [[VSIX, 'npm run package'], [CODE_SERVER, 'bash test/e2e/install.sh']]) {
  if (!existsSync(file)) {
    console.error(`e2e: ${path.relative(ROOT, file)} is missing: run ${fix} first (npm run test:e2e does)`);
    process.exit(1);
  }
}
const { chromium } = createRequire(path.join(E2E, 'package.json'))('playwright-core');

// ---- a fresh profile and workspace -------------------------------------------------------------
const tmp = mkdtempSync(path.join(tmpdir(), 'provenance-e2e-'));
const dirs = { data: path.join(tmp, 'user-data'), extensions: path.join(tmp, 'extensions'), workspace: path.join(tmp, 'workspace') };
mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
writeFileSync(
  path.join(dirs.data, 'User/settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.tips.enabled': false,
    'editor.hover.delay': 200,
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
    'workbench.layoutControl.enabled': false,
  }),
);
// The UI phase opens the draft alone, with no settings: the installed .vsix then checks it against
// the seeds bundled inside it, as on a fresh install. (The extension-host phase below opens the
// draft beside a copy of the seeds with provenance.sources = ["seeds"].)
mkdirSync(dirs.workspace, { recursive: true });
cpSync(path.join(ROOT, 'test/e2e/workspace/draft.md'), path.join(dirs.workspace, 'draft.md'));
const xdg = Object.fromEntries(['CONFIG', 'DATA', 'CACHE', 'STATE'].map((k) => [`XDG_${k}_HOME`, path.join(tmp, 'xdg', k.toLowerCase())]));
const SUITE_RESULT = path.join(tmp, 'suite-result.json');
const env = { ...process.env, ...xdg, PROVENANCE_TEST_RESULT: SUITE_RESULT };

const checks = new Checks();
let server;
let browser;

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

function lineOf(text, needle) {
  const index = text.indexOf(needle);
  return index < 0 ? -1 : text.slice(0, index).split('\n').length;
}

// The @vscode/test-electron mocha suite (test/vscode/suite), run inside code-server's extension
// host: the workbench URL's payload names this repository as the extension under development and
// the suite as its tests, as test-electron does on the command line. The suite writes its outcome
// to PROVENANCE_TEST_RESULT (set in code-server's environment, inherited by the extension host).
async function runExtensionHostSuite(port) {
  const workspace = path.join(tmp, 'workspace-suite');
  cpSync(path.join(ROOT, 'test/e2e/workspace'), workspace, { recursive: true });
  cpSync(path.join(ROOT, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(path.join(ROOT, 'test/vscode/suite/index.cjs'))],
  ]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const deadline = Date.now() + 240_000;
  while (!existsSync(SUITE_RESULT) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  await page.close().catch(() => {});
  if (!existsSync(SUITE_RESULT)) {
    checks.record(false, 'the test-electron mocha suite runs in code-server\'s extension host', 'no result within 240 s');
    return;
  }
  const result = JSON.parse(readFileSync(SUITE_RESULT, 'utf8'));
  for (const title of result.passed) checks.record(true, `extension host: ${title}`);
  for (const failure of result.failed) checks.record(false, `extension host: ${failure}`);
  if (result.passed.length + result.failed.length === 0) checks.record(false, 'the extension-host suite ran no test');
}

/** The TextMate scopes at the cursor, from "Developer: Inspect Editor Tokens and Scopes". */
async function inspectScopes(page) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill('>Developer: Inspect Editor Tokens and Scopes');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Inspect Editor Tokens and Scopes' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  const widget = page.locator('.token-inspect-widget');
  try {
    await widget.waitFor({ timeout: 10_000 });
    let text = '';
    for (let tries = 0; tries < 50; tries += 1) {
      text = (await widget.innerText()).replace(/\s+/g, ' ');
      if (!/Loading/.test(text)) break;
      await page.waitForTimeout(200);
    }
    await page.keyboard.press('Escape');
    return text;
  } catch {
    return 'no inspect widget';
  }
}

async function main() {
  const started = Date.now();
  // ---- install the packaged extension, as a user would --------------------------------------
  const install = spawnSync(CODE_SERVER, ['--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions, '--install-extension', VSIX], {
    env,
    encoding: 'utf8',
  });
  checks.record(install.status === 0 && /successfully installed/i.test(install.stdout), 'code-server installs provenance.vsix', install.stdout.trim().split('\n').pop());
  if (install.status !== 0) throw new Error(install.stderr || install.stdout);

  // ---- start code-server --------------------------------------------------------------------
  const port = await freePort();
  const serverLog = [];
  server = spawn(
    CODE_SERVER,
    ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions, dirs.workspace],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (d) => serverLog.push(String(d)));
  server.stderr.on('data', (d) => serverLog.push(String(d)));
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, 30_000);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`);
  await page.locator(S.workbench).waitFor({ timeout: 60_000 });

  // ---- open the draft -------------------------------------------------------------------------
  const draftRow = page.locator(S.explorerRow, { hasText: /^draft\.md$/ });
  await draftRow.waitFor({ timeout: 30_000 });
  await draftRow.click();
  await page.locator(S.activeTab, { hasText: 'draft.md' }).waitFor({ timeout: 15_000 });

  // ---- activation and the status bar --------------------------------------------------------
  const status = page.locator(S.statusItem, { hasText: /\d+ sources?/ });
  try {
    await status.waitFor({ timeout: 60_000 });
    const text = (await status.innerText()).trim();
    checks.record(/\b5 sources\b/.test(text), 'the extension activates and the status bar shows the index', text);
  } catch {
    checks.record(false, 'the extension activates and the status bar shows the index', 'no "N sources" item within 60 s');
  }

  // The client gives the server a cache folder in the workspace's extension storage, and the
  // server keeps the analyses of the sources there (<storage>/analyses/<workspace>/<version>/<entry>).
  const listCacheEntries = () =>
    readdirSync(dirs.data, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /[\\/]analyses[\\/][0-9a-f]{16}[\\/][0-9a-f]{16}$/.test(e.parentPath ?? e.path))
      .map((e) => path.join(e.parentPath ?? e.path, e.name));
  let cacheEntries = listCacheEntries();
  for (let waited = 0; cacheEntries.length < 5 && waited < 10_000; waited += 250) {
    await page.waitForTimeout(250);
    cacheEntries = listCacheEntries();
  }
  checks.record(cacheEntries.length === 5, 'the server keeps the sources\' analyses in the workspace storage', `${cacheEntries.length} entries${cacheEntries[0] ? ` under ${path.relative(dirs.data, path.dirname(cacheEntries[0]))}` : ''}`);

  // ---- squiggles and the Problems panel -----------------------------------------------------
  const editor = page.locator(S.editor).first();
  const squiggles = editor.locator(S.squiggle);
  try {
    await squiggles.first().waitFor({ timeout: 60_000 });
  } catch {
    // recorded below
  }
  const squiggleCount = await squiggles.count();
  checks.record(squiggleCount > 0, 'squiggles appear in the draft', `${squiggleCount} squiggle element(s)`);

  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator(S.problemRow);
  try {
    await problems.first().waitFor({ timeout: 15_000 });
  } catch {
    // recorded below
  }
  const problemTexts = (await problems.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  const mismatchRow = problemTexts.find((t) => t.includes('quote-mismatch'));
  checks.record(mismatchRow !== undefined, 'the Problems panel lists the planted misquote with its code', mismatchRow ?? problemTexts.join(' | '));
  checks.record(
    mismatchRow !== undefined && /today/.test(mismatchRow),
    'the quote-mismatch problem gives the source wording',
    mismatchRow,
  );
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'problems.png') });
  await page.keyboard.press('Control+Shift+M'); // close the panel again
  await page.locator(S.problemRow).first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});

  // ---- hover a name ----------------------------------------------------------------------------
  // Monaco sometimes drops the first mouse move after a layout change (the Problems panel just
  // closed): a CI run saw no hover at all within 20 s. Try up to three times, each from a fresh
  // mouse position and a freshly measured box, before recording a failure.
  async function hoverOn(needle, expect) {
    const hover = page.locator(S.visibleHover).filter({ hasText: expect });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.mouse.move(5, 5);
      await page.locator(S.visibleHover).first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
      const box = await textBox(page, needle);
      if (!box) return { text: '', hover: undefined, reason: `"${needle}" not on screen` };
      const x = box.x + Math.min(box.width / 2, 20);
      const y = box.y + box.height / 2;
      await page.mouse.move(x - 2, y, { steps: 2 });
      await page.mouse.move(x, y, { steps: 2 });
      try {
        await hover.first().waitFor({ timeout: attempt < 3 ? 8_000 : 20_000 });
        await page.waitForTimeout(600); // the hover fades in: wait before any screenshot
        return { text: (await hover.first().innerText()).trim(), hover: hover.first() };
      } catch {
        if (attempt === 3) {
          const shown = await page.locator(S.visibleHover).allInnerTexts();
          return { text: shown.join(' | '), hover: undefined, reason: 'no matching hover after 3 attempts' };
        }
      }
    }
  }

  const nameHover = await hoverOn('Ushakov', /Ushakov/);
  checks.record(nameHover.hover !== undefined && /foreign affairs adviser/.test(nameHover.text), 'hovering a name shows its card (with his role from the seeds)', (nameHover.reason ?? '') + nameHover.text.slice(0, 160));
  checks.record(nameHover.hover !== undefined && /00\d_/.test(nameHover.text), 'the name card names its source files', nameHover.text.slice(0, 160));
  if (nameHover.hover) await page.screenshot({ path: path.join(SHOTS, 'hover-name.png'), clip: EDITOR_CLIP });

  // ---- hover a quotation -------------------------------------------------------------------
  const quoteHover = await hoverOn('frank and trusting', new RegExp(SEED_WITH_QUOTE.slice(0, 4)));
  checks.record(quoteHover.hover !== undefined, 'hovering a quotation shows its sources', (quoteHover.reason ?? '') + quoteHover.text.slice(0, 160));
  if (quoteHover.hover) await page.screenshot({ path: path.join(SHOTS, 'hover-quote.png'), clip: EDITOR_CLIP });
  await page.mouse.move(5, 5);

  // ---- go to definition on a quotation -------------------------------------------------------
  const quoteBox = await textBox(page, 'frank and trusting');
  const seedText = readFileSync(path.join(ROOT, 'seeds', SEED_WITH_QUOTE), 'utf8');
  const expectedLine = lineOf(seedText, 'very frank and trusting');
  if (quoteBox) {
    await page.mouse.click(quoteBox.x + 10, quoteBox.y + quoteBox.height / 2);
    await page.keyboard.press('F12');
    try {
      await page.locator(S.activeTab, { hasText: SEED_WITH_QUOTE }).waitFor({ timeout: 15_000 });
      // The cursor position item updates a moment after the tab switches: wait for the quote's line.
      const cursorItem = page.locator(S.statusItem, { hasText: /Ln \d+, Col \d+/ }).first();
      await page.locator(S.statusItem, { hasText: new RegExp(`Ln ${expectedLine}, Col`) }).waitFor({ timeout: 5_000 }).catch(() => {});
      const position = (await cursorItem.innerText()).trim();
      const line = Number(/Ln (\d+)/.exec(position)?.[1]);
      checks.record(line === expectedLine, 'go to definition on a quotation opens the source at the quote', `${SEED_WITH_QUOTE} ${position}, quote on line ${expectedLine}`);
      await page.screenshot({ path: path.join(SHOTS, 'definition.png') });
      // The cursor now sits on the quotation in a plain-text source: the injection grammar's scope.
      const scopes = await inspectScopes(page);
      checks.record(/string\.quoted\.double\.provenance/.test(scopes), 'the grammar scopes a quotation in plain text', scopes.slice(0, 200));
    } catch {
      const tabs = await page.locator(S.activeTab).allInnerTexts();
      const peek = await page.locator('.peekview-widget').count();
      checks.record(false, 'go to definition on a quotation opens the source at the quote', `active tab: ${tabs.join(', ')}${peek ? ' (a peek view opened)' : ''}`);
    }
  } else {
    checks.record(false, 'go to definition on a quotation opens the source at the quote', 'quotation not on screen');
  }

  // ---- a quick fix applies the source wording -------------------------------------------------
  await draftRow.click();
  await page.locator(S.activeTab, { hasText: 'draft.md' }).waitFor({ timeout: 15_000 });
  const misquoteBox = await textBox(page, "yesterday's");
  if (misquoteBox) {
    await page.mouse.click(misquoteBox.x + 5, misquoteBox.y + misquoteBox.height / 2);
    const scopes = await inspectScopes(page);
    checks.record(/string\.quoted\.double\.provenance/.test(scopes) && /text\.html\.markdown/.test(scopes), 'the grammar scopes a quotation in Markdown', scopes.slice(0, 200));
    await page.mouse.click(misquoteBox.x + 5, misquoteBox.y + misquoteBox.height / 2);
    // The hover over the diagnostic, with its "Quick Fix..." link: the screenshot for the docs.
    const diagnosticHover = await hoverOn("yesterday's", /today/);
    if (diagnosticHover.hover) await page.screenshot({ path: path.join(SHOTS, 'diagnostic-hover.png'), clip: EDITOR_CLIP });
    await page.mouse.move(5, 5);
    // Open the fixes from the light bulb in the margin, as a writer would (Ctrl+. when none shows).
    const bulb = page.locator('.part.editor .lightBulbWidget:visible');
    if (await bulb.count()) await bulb.first().click();
    else await page.keyboard.press('Control+.');
    const fix = page.locator(S.actionItem, { hasText: /source wording/i });
    try {
      await fix.first().waitFor({ timeout: 15_000 });
      // Choose it with the keyboard, as the action list expects (the first action has the focus).
      const actions = (await page.locator(S.actionItem).allInnerTexts()).map((t) => t.trim());
      const steps = actions.findIndex((t) => /source wording/i.test(t));
      for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SHOTS, 'quick-fix.png'), clip: { x: 0, y: 0, width: 1280, height: 450 } });
      const title = actions[steps];
      await page.keyboard.press('Enter');
      const fixed = page.locator(S.viewLine, { hasText: "today's telephone conversation" });
      await fixed.first().waitFor({ timeout: 10_000 });
      checks.record(true, 'a quick fix applies the source wording', title);
      // The misquote is fixed: its diagnostic goes away.
      await page.keyboard.press('Control+Shift+M');
      const gone = await page
        .waitForFunction(() => !document.querySelector('.markers-panel')?.textContent?.includes('quote-mismatch'), null, { timeout: 20_000 })
        .then(() => true, () => false);
      checks.record(gone, 'after the fix the quote-mismatch problem is gone');
    } catch (error) {
      const offered = await page.locator(S.actionItem).allInnerTexts();
      checks.record(false, 'a quick fix applies the source wording', `offered: ${offered.join(' | ') || 'nothing'} (${error.message.split('\n')[0]})`);
    }
  } else {
    checks.record(false, 'a quick fix applies the source wording', 'misquote not on screen');
  }

  // ---- status bar close-up and the summary it opens --------------------------------------------
  const statusBox = await status.boundingBox().catch(() => null);
  if (statusBox) {
    const bar = await page.locator(S.statusBar).boundingBox();
    await page.mouse.move(statusBox.x + statusBox.width / 2, statusBox.y + statusBox.height / 2);
    await page.waitForTimeout(1200); // let the tooltip appear for the picture
    const tooltip = (await page.locator('.workbench-hover:visible, .monaco-hover:visible').allInnerTexts()).join(' ');
    checks.record(/Sources \(bundled seeds\)/.test(tooltip) && /\d+ entities, \d+ quotes/.test(tooltip), 'the status bar tooltip gives the counts and the bundled seeds as the origin', tooltip);
    await page.screenshot({ path: path.join(SHOTS, 'status-bar.png'), clip: { x: 0, y: Math.max(0, bar.y - 160), width: 720, height: bar.height + 160 } });
    await page.mouse.click(statusBox.x + statusBox.width / 2, statusBox.y + statusBox.height / 2);
    const summary = page.locator(S.activeTab, { hasText: /summary/i });
    const opened = await summary.first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
    checks.record(opened, 'clicking the status bar item opens the index summary');
    if (opened) {
      await page.waitForTimeout(1500);
      await page.screenshot({ path: path.join(SHOTS, 'summary.png') });
    }
  }

  await runExtensionHostSuite(port);

  console.log(`e2e: code-server run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (checks.failed > 0) {
    const tail = serverLog.join('').split('\n').slice(-30).join('\n');
    console.log(`---- code-server log (tail) ----\n${tail}`);
  }
}

try {
  await main();
} catch (error) {
  checks.record(false, 'e2e run completed', error instanceof Error ? error.stack : String(error));
} finally {
  await browser?.close().catch(() => {});
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (!process.env.E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
  else console.log(`e2e: kept ${tmp}`);
}
checks.summary('e2e');
process.exit(checks.failed > 0 ? 1 : 0);
