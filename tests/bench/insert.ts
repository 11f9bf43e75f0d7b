/**
 * How long insertText takes on a framework-bound textarea and on a contenteditable editor, and
 * how long readChat takes on a 200-row Pinduoduo list (in happy-dom, which is slower than a
 * browser, so these are upper bounds).
 */
import { Window } from 'happy-dom';
import { insertText } from '../../lib/sites/insert-text';
import { pinduoduoAdapter } from '../../lib/sites/pinduoduo';

function time(label: string, runs: number, fn: (i: number) => void): void {
  for (let i = 0; i < 20; i += 1) fn(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) fn(i);
  const each = (performance.now() - start) / runs;
  console.log(`${label}: ${(each * 1000).toFixed(1)} µs per call (${runs} runs)`);
}

export async function run(): Promise<void> {
  const window = new Window({ url: 'https://mms.pinduoduo.com/chat-merchant/index.html' });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = '<textarea id="t"></textarea><div id="e" contenteditable="true"></div><div id="msgListContainer"><ul class="msg-list"></ul></div>';
  const textarea = doc.getElementById('t') as HTMLTextAreaElement;
  const editor = doc.getElementById('e') as HTMLElement;
  const reply = '亲，非常抱歉给您带来不便，我们马上为您补发\n运费由我们承担';

  time('insertText textarea (replace)', 2000, () => insertText(textarea, reply, 'replace'));
  time('insertText textarea (auto, at caret)', 500, () => {
    textarea.setSelectionRange(3, 3);
    insertText(textarea, '好', 'auto');
  });
  time('insertText contenteditable (replace)', 1000, () => insertText(editor, reply, 'replace'));

  const list = doc.querySelector('.msg-list')!;
  for (let i = 0; i < 200; i += 1) {
    const li = doc.createElement('li');
    li.className = 'onemsg';
    li.innerHTML = `<div class="${i % 2 ? 'cs-item' : 'buyer-item'}"><div class="msg-content-box"></div><span class="message-time">10:${String(i % 60).padStart(2, '0')}</span></div>`;
    li.querySelector('.msg-content-box')!.textContent = `第${i}条消息，快递到哪了？`;
    list.appendChild(li);
  }
  time('readChat pinduoduo, 200 rows', 100, () => pinduoduoAdapter.readChat(doc));
  await window.happyDOM.close();
}
