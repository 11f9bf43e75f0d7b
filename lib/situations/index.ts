export * from './taxonomy';
export { classify, extractEntities } from './classify';
export type { Classification, ClassifyOptions, Entities, SituationScore } from './classify';
export { normalizeMessage } from './normalize';
