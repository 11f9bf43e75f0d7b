/**
 * Convention test: every registered group has its scripts, and every built-in is well formed,
 * fills completely with example values and passes the platform rules. A new situation or
 * lifecycle step without scripts fails here, not in front of a seller.
 */
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../lib/compliance';
import { PLATFORMS } from '../../../lib/db/schemas';
import { LOCALES, type Locale } from '../../../lib/i18n/localized';
import {
  BUILTIN_SCRIPTS,
  FLOW_GROUPS,
  FLOW_GROUP_VARIABLES,
  LIFECYCLE_GROUPS,
  PLAYBOOK_GROUPS,
  PLAYBOOK_GROUP_VARIABLES,
  scriptsFor,
  type ScriptGroup,
} from '../../../lib/scripts/builtin-scripts';
import { renderScript } from '../../../lib/scripts/render';
import { validateTemplate, variablesIn } from '../../../lib/scripts/template-syntax';
import { VARIABLES, type VariableName } from '../../../lib/scripts/variables';
import { SITUATION_IDS } from '../../../lib/situations/taxonomy';

const MINIMUMS: [string, readonly ScriptGroup[], Record<Locale, number>][] = [
  // At least two English replies per situation: Shopee and Amazon buyers need a choice too.
  ['situation', SITUATION_IDS, { 'zh-CN': 3, en: 2 }],
  ['lifecycle', LIFECYCLE_GROUPS, { 'zh-CN': 2, en: 1 }],
  ['playbook', PLAYBOOK_GROUPS, { 'zh-CN': 1, en: 1 }],
  ['flow', FLOW_GROUPS, { 'zh-CN': 2, en: 2 }],
];

function exampleValues(locale: Locale): Partial<Record<VariableName, string>> {
  return Object.fromEntries(VARIABLES.map((d) => [d.name, d.example[locale]]));
}

describe('built-in scripts: coverage', () => {
  for (const [kind, groups, minimum] of MINIMUMS) {
    it(`every ${kind} group has its minimum scripts per locale`, () => {
      const short: string[] = [];
      for (const group of groups) {
        for (const locale of LOCALES) {
          const count = scriptsFor(group, locale).length;
          if (count < minimum[locale]) short.push(`${group} ${locale}: ${count} < ${minimum[locale]}`);
        }
      }
      expect(short).toEqual([]);
    });
  }

  it('Chinese situation scripts offer more than one tone', () => {
    for (const group of SITUATION_IDS) {
      const tones = new Set(scriptsFor(group, 'zh-CN').map((s) => s.tone));
      expect(tones.size, group).toBeGreaterThanOrEqual(2);
    }
  });

  it('every built-in belongs to a known group', () => {
    const known = new Set<string>([...SITUATION_IDS, ...LIFECYCLE_GROUPS, ...PLAYBOOK_GROUPS, ...FLOW_GROUPS]);
    expect(BUILTIN_SCRIPTS.filter((s) => !known.has(s.group)).map((s) => s.id)).toEqual([]);
  });
});

describe('built-in scripts: form', () => {
  it('no id is duplicated and ids follow group.locale.n', () => {
    const ids = BUILTIN_SCRIPTS.map((s) => s.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    for (const s of BUILTIN_SCRIPTS) expect(s.id).toMatch(new RegExp(`^${s.group.replace('.', '\\.')}\\.${s.locale}\\.\\d+$`));
  });

  it('every body validates: known variables, balanced braces, no empty placeholders', () => {
    const broken = BUILTIN_SCRIPTS.flatMap((s) =>
      validateTemplate(s.body, s.locale).map((p) => `${s.id}: ${p.message.en}`),
    );
    expect(broken).toEqual([]);
  });

  it('every body renders completely with example values, with titles present', () => {
    for (const s of BUILTIN_SCRIPTS) {
      expect(s.title.trim(), s.id).not.toBe('');
      const result = renderScript(s.body, exampleValues(s.locale), s.locale);
      expect(result.ok, s.id).toBe(true);
    }
  });

  it('playbook scripts use every variable their playbook supplies', () => {
    const lacking: string[] = [];
    for (const group of PLAYBOOK_GROUPS) {
      for (const locale of LOCALES) {
        for (const s of scriptsFor(group, locale)) {
          const used = new Set(variablesIn(s.body));
          for (const name of PLAYBOOK_GROUP_VARIABLES[group]) if (!used.has(name)) lacking.push(`${s.id} lacks {${name}}`);
        }
      }
    }
    expect(lacking).toEqual([]);
  });

  it('flow scripts use every variable their flow supplies', () => {
    const lacking: string[] = [];
    for (const group of FLOW_GROUPS) {
      for (const locale of LOCALES) {
        for (const s of scriptsFor(group, locale)) {
          const used = new Set(variablesIn(s.body));
          for (const name of FLOW_GROUP_VARIABLES[group]) if (!used.has(name)) lacking.push(`${s.id} lacks {${name}}`);
        }
      }
    }
    expect(lacking).toEqual([]);
  });

  it('Chinese scripts are written in Chinese and English ones in English', () => {
    for (const s of BUILTIN_SCRIPTS) {
      const han = /\p{Script=Han}/u.test(s.body);
      expect(han, s.id).toBe(s.locale === 'zh-CN');
    }
  });
});

describe('built-in scripts: platform rules', () => {
  it('no Chinese script uses banned words', () => {
    const banned = /返现|加微信|加个微信|微信|QQ|全网|第一|最低价|刷单|好评返|转账|100%|顶级|国家级|最/;
    const offending = BUILTIN_SCRIPTS.filter((s) => s.locale === 'zh-CN' && (banned.test(s.body) || banned.test(s.title)));
    expect(offending.map((s) => `${s.id}: ${s.body}`)).toEqual([]);
  });

  it('no built-in script breaks a platform rule on any platform', () => {
    const findings: string[] = [];
    for (const s of BUILTIN_SCRIPTS) {
      const rendered = renderScript(s.body, exampleValues(s.locale), s.locale);
      const text = rendered.ok ? rendered.text : s.body;
      for (const platform of PLATFORMS) {
        for (const f of checkCompliance(text, { platform })) {
          findings.push(`${s.id} [${platform}] ${f.rule}: "${f.span.text}"`);
        }
      }
    }
    expect(findings).toEqual([]);
  });
});
