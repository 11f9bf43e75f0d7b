/**
 * The receiving side of PROTOCOL: one listener per context, built from the handlers that
 * context implements. Every message is checked in this order — envelope shape, known type,
 * sender, payload — and a rejection is answered with `{ rejected: reason }` without
 * running any handler.
 */
import { PROTOCOL, envelopeSchema, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { isAllowedSender, type SenderContext, type SenderInfo } from './sender';

export type Handlers<T extends MessageType> = {
  [K in T]: (payload: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

export interface Rejection {
  rejected: string;
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && 'rejected' in value;
}

export function createRouter<T extends MessageType>(
  handlers: Handlers<T>,
  getContext: () => SenderContext | Promise<SenderContext>,
  onReject: (reason: string) => void = (reason) => console.warn('[seller-assistant] message rejected:', reason),
) {
  return async function route(message: unknown, sender: SenderInfo): Promise<unknown> {
    const reject = (reason: string): Rejection => {
      onReject(reason);
      return { rejected: reason };
    };
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return reject('malformed envelope');
    const type = envelope.data.type;
    if (!Object.hasOwn(handlers, type) || !Object.hasOwn(PROTOCOL, type)) {
      return reject(`no handler for ${type.slice(0, 60)}`);
    }
    const spec = PROTOCOL[type as T];
    const allowed = isAllowedSender(sender, spec.from, await getContext());
    if (!allowed.ok) return reject(`${type}: ${allowed.reason}`);
    const payload = spec.request.safeParse(envelope.data.payload);
    if (!payload.success) return reject(`${type}: invalid payload`);
    const handler = handlers[type as T] as (p: unknown, s: SenderInfo) => unknown;
    return handler(payload.data, sender);
  };
}
