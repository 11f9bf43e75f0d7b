/**
 * The top frame's view of the editors in all frames of its page (frame 0 is the top frame
 * itself; the others report through the background). Where the chat box lives in an iframe
 * (Qianniu, 1688, sites the user adds), this decides what the sidebar treats as the buyer's
 * words (the newest selection in any frame) and where "Insert" puts text (the frame whose
 * editor the seller focused last). Times are the top frame's own clock at receipt, so frames
 * never need to agree on a clock, and a frame cannot claim to be newer than it is.
 */
import type { FrameEditorState } from '../messaging/schemas';

interface FrameEntry {
  hasInput: boolean;
  selection: string;
  selectedAt: number;
  focusedAt: number;
}

export class FrameEditors {
  private readonly frames = new Map<number, FrameEntry>();
  private tick = 0;

  /** Records a frame's report; returns whether what the sidebar shows may have changed. */
  update(frameId: number, state: FrameEditorState): boolean {
    // A counter, not Date.now(): two reports in the same millisecond still have an order.
    const now = ++this.tick;
    const previous = this.frames.get(frameId);
    const entry: FrameEntry = previous ?? { hasInput: false, selection: '', selectedAt: 0, focusedAt: 0 };
    const before = JSON.stringify(entry);
    entry.hasInput = state.hasInput;
    if (state.selection && state.selection !== entry.selection) {
      entry.selection = state.selection;
      entry.selectedAt = now;
    }
    if (state.focused) entry.focusedAt = now;
    if (!state.hasInput && !state.selection) {
      // The frame went away (or never had anything for us): forget it entirely.
      this.frames.delete(frameId);
      return previous !== undefined;
    }
    // One small entry per frame that has our script and an editor or a selection; a frame
    // that leaves removes its own (pagehide), a failed insertion removes it too.
    this.frames.set(frameId, entry);
    return JSON.stringify(entry) !== before || previous === undefined;
  }

  remove(frameId: number): void {
    this.frames.delete(frameId);
  }

  /** The newest selection in any frame: the buyer's words the seller is answering. */
  latestSelection(): string | undefined {
    let best: FrameEntry | undefined;
    for (const entry of this.frames.values()) {
      if (entry.selection && (!best || entry.selectedAt > best.selectedAt)) best = entry;
    }
    return best?.selection;
  }

  /** The frame whose editor was focused last; undefined when no frame reported one. */
  insertTarget(): number | undefined {
    let bestId: number | undefined;
    let bestAt = -1;
    for (const [frameId, entry] of this.frames) {
      if (entry.hasInput && entry.focusedAt > bestAt) {
        bestId = frameId;
        bestAt = entry.focusedAt;
      }
    }
    return bestId;
  }

  hasInput(): boolean {
    for (const entry of this.frames.values()) if (entry.hasInput) return true;
    return false;
  }
}
