/**
 * Scenario fixtures for `advise`: real seller situations as JSON lines, each a conversation in
 * the command's input format and what a seasoned seller would accept. Shared by the unit test
 * (the pure function) and the CLI test (the process).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdviseInput } from '../../../lib/advise/advise-input';

export interface ScenarioExpectation {
  playbook: string | null;
  decision?: string;
  offer?: number;
  quantity?: number;
  accept?: boolean;
  /** null: the decision must not say who pays (nothing is decided or nothing goes back). */
  shopPaysReturnShipping?: boolean | null;
  /** Every one of these appears in the first reply. */
  textIncludes?: string[];
  /** None of these appears in any reply. */
  textExcludes?: string[];
  /** The planned tasks' kinds, exactly. */
  taskKinds?: string[];
}

export interface Scenario {
  name: string;
  conversation: AdviseInput;
  expect: ScenarioExpectation;
}

export function loadScenarios(file: string): Scenario[] {
  const text = readFileSync(join(process.cwd(), 'tests/fixtures/advise', file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Scenario);
}
