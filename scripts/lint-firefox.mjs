// Lints the Firefox build with addons-linter: any error fails. Also checks that the situation
// model, which the sidebar fetches from the extension on first use, is packaged in that build.
/* global console, process */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const OUT = '.output/firefox-mv2';

let out;
try {
  out = execFileSync('npx', ['addons-linter', '--self-hosted', '--output', 'json', OUT], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
} catch (error) {
  out = error.stdout;
}
const report = JSON.parse(out);
for (const e of report.errors) console.log(`ERROR ${e.code} ${e.file ?? ''}: ${e.message}`);
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings`);

// The same bytes as the model in the repository (lib/situations/model-asset.ts names both).
const source = readFileSync('lib/situations/lr-model.json');
let packaged;
try {
  packaged = readFileSync(`${OUT}/situation-model.json`);
} catch {
  packaged = undefined;
}
const modelPackaged = packaged !== undefined && packaged.equals(source);
if (!modelPackaged) console.log(`ERROR ${OUT}/situation-model.json is missing or differs from lib/situations/lr-model.json`);

process.exit(report.errors.length > 0 || !modelPackaged ? 1 : 0);
