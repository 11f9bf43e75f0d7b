/**
 * Reply suggestion speed: the sidebar suggests on every new buyer message, with the built-ins
 * plus thousands of the seller's own templates.
 */
import { templateSchema, type Template } from '../../lib/db/schemas';
import { BUILTIN_SCRIPTS } from '../../lib/scripts/builtin-scripts';
import { effectiveScripts } from '../../lib/scripts/library';
import { renderScript } from '../../lib/scripts/render';
import { suggestReplies } from '../../lib/scripts/suggest';
import { SITUATION_IDS } from '../../lib/situations/taxonomy';

function userTemplates(n: number): Template[] {
  return Array.from({ length: n }, (_, i) =>
    templateSchema.parse({
      id: `t${i}`,
      situation: SITUATION_IDS[i % SITUATION_IDS.length],
      title: `模板 ${i}`,
      body: `{buyer_name}您好，关于{product}，第${i}号回复，单号{tracking_no|稍后发您}。`,
      locale: i % 3 === 0 ? 'en' : 'zh-CN',
      ...(i % 50 === 0 ? { overridesId: BUILTIN_SCRIPTS[i % BUILTIN_SCRIPTS.length]!.id } : {}),
      createdAt: i,
      updatedAt: i,
    }),
  );
}

function time(label: string, runs: number, fn: () => void): void {
  fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const perRun = (performance.now() - start) / runs;
  console.log(`${label}: ${perRun.toFixed(3)} ms/run (${runs} runs)`);
}

export async function run(): Promise<void> {
  const templates = userTemplates(5000);
  const usage = Object.fromEntries(templates.slice(0, 500).map((t, i) => [t.id, { count: i % 20, lastUsedAt: Date.now() - i * 3_600_000 }]));
  const situations = [{ id: 'damaged', score: 0.8 }, { id: 'complaint', score: 0.4 }];
  const values = { buyer_name: '小雨', product: '睡衣' };

  time('renderScript (one built-in)', 20_000, () => renderScript(BUILTIN_SCRIPTS[40]!.body, values, 'zh-CN'));
  time(`effectiveScripts (${BUILTIN_SCRIPTS.length} built-ins + 5000 templates)`, 50, () => effectiveScripts(BUILTIN_SCRIPTS, templates));
  const library = effectiveScripts(BUILTIN_SCRIPTS, templates);
  time('suggestReplies with a precomputed library', 200, () =>
    suggestReplies({ situations, locale: 'zh-CN', values, usage, library }),
  );
  time('suggestReplies merging 5000 templates each call', 50, () =>
    suggestReplies({ situations, locale: 'zh-CN', values, usage, userTemplates: templates }),
  );
}
