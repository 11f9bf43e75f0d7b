/**
 * Whether 运费险 (return-shipping insurance) covers this order's return postage: the order says
 * so, or the shop insures every order. The shop-wide switch lives in the return policy on the
 * advise-money branch (`policy.returns.returnShippingInsurance`); it is read defensively so this
 * module works before and after that setting exists.
 */
import type { Settings } from '../settings/settings';

export function returnShippingInsured(order: boolean | undefined, settings: Settings): boolean {
  if (order !== undefined) return order;
  const returns = settings.policy.returns as { returnShippingInsurance?: unknown };
  return returns.returnShippingInsurance === true;
}
