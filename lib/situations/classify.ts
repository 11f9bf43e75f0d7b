/**
 * The situation classifier of Node code (the commands, tests, training, benchmarks; see
 * model-classifier.ts): the trained model in lr-model.json over the text and the cue rules'
 * evidence, with calibrated scores, an `unsure` flag and conversation context. It imports the
 * model file from disk; extension pages never import this module but fetch the same file,
 * packaged unchanged, through model-loader.ts (model-asset.ts says why). The rule engine and
 * the older blend stay importable from here for tests and the benchmark's comparison.
 */
import { loadEnsemble, type SerializedEnsemble } from './lr-model';
import serializedModel from './lr-model.json';
import { createModelClassifier } from './model-classifier';

export type { Classification, ClassifyOptions, Classifier, SituationScore, Turn, BlendSettings, RuleEvidence } from './rule-classifier';
export { createClassifier, DEFAULT_BLEND, extractEntities, ruleEvidence } from './rule-classifier';
export type { Entities } from './entities';

export const situationModel = loadEnsemble(serializedModel as SerializedEnsemble);
export const classify = createModelClassifier(situationModel);
