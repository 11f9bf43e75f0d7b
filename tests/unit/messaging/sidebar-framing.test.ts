import { describe, expect, it } from 'vitest';
import { framedByTabPage } from '../../../components/sidebar/use-chat-connection';

describe('framedByTabPage: the sidebar runs only when framed directly by its tab’s page', () => {
  it('accepts the seller page framing it', () => {
    expect(framedByTabPage('https://shop.example-seller.test/chat?x=1', ['https://shop.example-seller.test'])).toBe(true);
  });

  it('refuses a frame nested in another site’s frame inside the seller page', () => {
    expect(framedByTabPage('https://shop.example-seller.test/chat', ['https://ads.example', 'https://shop.example-seller.test'])).toBe(false);
  });

  it('refuses a parent of another origin, no parent, or a tab URL it cannot read', () => {
    expect(framedByTabPage('https://shop.example-seller.test/chat', ['https://evil.example'])).toBe(false);
    expect(framedByTabPage('https://shop.example-seller.test/chat', [])).toBe(false);
    expect(framedByTabPage('', ['https://shop.example-seller.test'])).toBe(false);
  });

  it('leaves the decision to the background where the browser gives no ancestor list (Firefox)', () => {
    expect(framedByTabPage('https://shop.example-seller.test/chat', undefined)).toBe(true);
  });
});
