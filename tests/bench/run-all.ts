/**
 * `npm run bench`: every benchmark in turn, printing figures. Speed is measured here, never
 * asserted in tests (the machines are shared and noisy).
 */
// `npm run bench -- classifier browser` runs only those; `scale` takes ~10 minutes at 100,000
// customers (SCALE=20000 runs it smaller); `insights-page` seeds a year of insight counters in
// one browser profile and the same counters plus 100,000 customers in another, and alternates
// loads between them (INSIGHTS_CUSTOMERS=0 skips the customers; INSIGHTS_KEEP=<dir> keeps the
// profiles to measure again without seeding); `insights-log` fills a
// log of 1,000,000 events first (INSIGHTS_EVENTS=100000 runs it smaller); `insights-export` formats a
// year of 1,000,000 events in Node and exports 100,000 from fake-indexeddb (INSIGHTS_EXPORT_EVENTS).
const BENCHES = ['classifier', 'gate-cv', 'compliance', 'scripts-suggest', 'playbooks', 'flows', 'insert', 'io', 'xlsx-read', 'customer-text', 'browser', 'insights-log', 'insights-export', 'scale', 'insights-page'] as const;

const only = process.argv.slice(2);
for (const name of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const module = (await import(`./${name}.ts`)) as { run(): Promise<void> };
  await module.run();
}
