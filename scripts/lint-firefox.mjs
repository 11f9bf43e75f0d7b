// Lints the Firefox build with addons-linter and fails on any error but one known exception:
// the lazily loaded situation model chunk (chunks/classify-*.js, a 4.5 MB model inlined) is
// over the linter's 5 MB parse limit (FILE_TOO_LARGE), so the linter cannot read it. Every other
// error fails the build. TODO(2026-12-04): ship the model as a packaged JSON asset fetched on
// first use, then drop this exception.
/* global console, process */
import { execFileSync } from 'node:child_process';

let out;
try {
  out = execFileSync('npx', ['addons-linter', '--self-hosted', '--output', 'json', '.output/firefox-mv2'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
} catch (error) {
  out = error.stdout;
}
const report = JSON.parse(out);
const allowed = (e) => e.code === 'FILE_TOO_LARGE' && /^chunks\/classify-[\w-]+\.js$/.test(e.file ?? '');
const errors = report.errors.filter((e) => !allowed(e));
for (const e of report.errors) console.log(`${allowed(e) ? 'known' : 'ERROR'} ${e.code} ${e.file ?? ''}: ${e.message}`);
console.log(`addons-linter: ${errors.length} errors, ${report.warnings.length} warnings (${report.errors.length - errors.length} known)`);
process.exit(errors.length > 0 ? 1 : 0);
