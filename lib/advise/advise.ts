/**
 * advise: one conversation in, the sidebar's view out (see advise-core.ts), with the full
 * situation classifier built in. `npm run advise` and the tests run it in Node; the sidebar
 * calls `adviseWith` with its lazily loaded classifier instead, so its first paint does not
 * wait for the model.
 */
import { classify, type Classifier } from '../situations/classify';
import { adviseWith, type AdviseOptions } from './advise-core';
import type { AdviseConversation, AdviseView } from './types';

export { adviseWith, conversationValues, decideConversation, factsOf, type AdviseOptions } from './advise-core';

export function advise(conversation: AdviseConversation, options: AdviseOptions & { classifier?: Classifier } = {}): AdviseView {
  return adviseWith(conversation, { ...options, classifier: options.classifier ?? classify });
}
