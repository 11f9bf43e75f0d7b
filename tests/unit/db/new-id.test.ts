import { describe, expect, it } from 'vitest';
import { newId } from '../../../lib/db/new-id';

describe('newId', () => {
  it('makes unique ids that sort in the order they were made, even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
