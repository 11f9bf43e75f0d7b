/**
 * Every playbook `advise` consults, in the order they are tried; the first that decides owns
 * the conversation (one decision per conversation). To add a flow, write a module exporting a
 * `Playbook` (`{ id, decide(conversation) → verdict | null }`) and list it here. Put specific
 * flows before general ones: a haggle in progress before a stray return word, an escalation
 * threat before the return it is about.
 */
import { hagglePlaybook } from '../playbooks/haggle';
import { returnsPlaybook } from '../playbooks/returns';
import { complaintPlaybook, reviewPlaybook } from './review-complaint-playbooks';
import type { Playbook } from './types';

export const PLAYBOOKS: readonly Playbook[] = [
  complaintPlaybook,
  reviewPlaybook,
  hagglePlaybook,
  returnsPlaybook,
];
