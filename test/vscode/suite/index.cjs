// Mocha runner for the extension-host suite. VS Code (test-electron) and code-server (the
// `extensionTestsPath` payload) both call run() inside the extension host. When
// PROVENANCE_TEST_RESULT names a file, the outcome is written there too: code-server has no
// process exit code to hand back to the e2e runner.
const path = require('node:path');
const fs = require('node:fs');
const Mocha = require('mocha');

function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
  const resultFile = process.env.PROVENANCE_TEST_RESULT;
  return new Promise((resolve, reject) => {
    const titles = { passed: [], failed: [] };
    const runner = mocha.run((failures) => {
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify({ failures, ...titles }));
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => titles.passed.push(test.fullTitle()));
    runner.on('fail', (test, error) => titles.failed.push(`${test.fullTitle()}: ${error && error.message}`));
  });
}

module.exports = { run };
