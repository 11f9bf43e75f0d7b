/**
 * Fuzz: template text and customer data full of markup (script tags, event handlers,
 * javascript: links, very long strings) is shown as text everywhere the UI shows it — the
 * suggestion card (template body and filled values), the customer card (name, tags, notes)
 * — and never becomes elements.
 */
import fc from 'fast-check';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { CustomerDetail } from '../../../components/customer-detail';
import { SuggestionCard } from '../../../components/suggestion-card';
import { db } from '../../../components/use-db';
import { createCustomer } from '../../../lib/db/repositories/customers';
import { addNote } from '../../../lib/db/repositories/notes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned = 3">点我</a>',
  '"><svg onload="window.__pwned = 4">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '&lt;b&gt;escaped&lt;/b&gt;',
  '</textarea><b>bold</b>',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }), fc.constant('亲，收到货了吗？')), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(' '));
const DANGEROUS = 'script, img, svg, iframe, b, a[href^="javascript"], [onerror], [onload]';

let host: HTMLElement;
let root: Root;

async function render(node: React.ReactNode): Promise<void> {
  await act(async () => root.render(<AppProvider>{node}</AppProvider>));
  // Let live queries resolve.
  for (let i = 0; i < 5; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  }
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  delete (window as { __pwned?: number }).__pwned;
});

describe('markup in templates and customer data is only ever text', () => {
  it('in a suggestion card (template body and filled values)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (body, buyerName) => {
        // Braces would make it a template with variables; keep the body literal text.
        const literal = body.replace(/[{}]/g, '');
        await render(<SuggestionCard scriptId="fuzz" title={buyerName} body={`${literal} {buyer_name}`} values={{ buyer_name: buyerName }} onInsert={async () => undefined} />);
        expect(host.querySelectorAll(DANGEROUS)).toHaveLength(0);
        expect(host.textContent).toContain(literal.trim().slice(0, 30));
        expect((window as { __pwned?: number }).__pwned).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  it('in the customer card (name, nickname, tags, notes), including very long text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (name, note) => {
        await db.customers.clear();
        const customer = await createCustomer(db, {
          platform: 'pinduoduo',
          platformUid: `uid-${Math.random()}`,
          name: name.slice(0, 60),
          nickname: HOSTILE[1],
          tags: [HOSTILE[2]!.slice(0, 40)],
        });
        const longNote = `${note} ${HOSTILE[0]}`.padEnd(4900, ' 很长的备注');
        await addNote(db, customer.id, longNote);
        await render(<CustomerDetail customerId={customer.id} />);
        expect(host.querySelector('[data-testid="customer-card"]')).not.toBeNull();
        expect(host.querySelectorAll(DANGEROUS)).toHaveLength(0);
        expect(host.querySelector('[data-testid="notes"]')?.textContent).toContain(HOSTILE[0]);
        expect((window as { __pwned?: number }).__pwned).toBeUndefined();
      }),
      { numRuns: 15 },
    );
  });
});
