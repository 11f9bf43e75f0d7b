/**
 * The parser takes entities out of the text one kind at a time (tracking and order numbers
 * first, then phones, then the address), blanking each so the next pass cannot mistake
 * it: an order number must not be read as a phone, a phone must not end up in the street.
 * Blanking with spaces keeps every offset valid; line breaks survive so lines stay lines.
 */
export class MaskedText {
  private chars: string[];

  constructor(text: string) {
    this.chars = text.split('');
  }

  get text(): string {
    return this.chars.join('');
  }

  blank(start: number, end: number): void {
    for (let i = start; i < end && i < this.chars.length; i += 1) {
      if (this.chars[i] !== '\n') this.chars[i] = ' ';
    }
  }
}
