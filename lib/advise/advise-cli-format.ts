/** How `npm run advise` prints a view: the sidebar's fields, times in the input's offset. */
import type { AdviseView } from './types';

/** The moment in the offset the input's `now` was written in, e.g. 2026-12-06T10:00:00+08:00. */
export function isoInOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function offsetOf(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The view as the command prints it: the contract's four fields, nothing the UI keeps for itself. */
export function printable(view: AdviseView, offsetMinutes: number) {
  return {
    situations: view.situations,
    replies: view.replies.map(({ id, title, text, missing, compliance }) => ({ id, title, text, missing, compliance })),
    playbook: view.playbook
      ? (({ chips: _chips, ...rest }) => rest)(view.playbook)
      : null,
    tasks: view.tasks.map((t) => ({ kind: t.kind, dueAt: isoInOffset(t.dueAt, offsetMinutes) })),
  };
}

