import { useState, type KeyboardEvent } from 'react';

/** Arrow keys move through a result list from its search box; Enter chooses the highlighted item. */
export function useListKeyboard<T>(items: readonly T[], onChoose: (item: T) => void) {
  const [cursor, setCursor] = useState(0);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setCursor((c) => Math.min(c + 1, items.length - 1));
    else if (event.key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0));
    else if (event.key === 'Enter' && items[cursor] !== undefined) onChoose(items[cursor]);
    else return;
    event.preventDefault();
  };
  return { cursor, setCursor, onKeyDown };
}
