// A screening worker thread: screens the pieces the main thread sends, in any order. A
// piece arrives as bytes in a transferred buffer and its output rows go back, encoded, in
// the same buffer (a new one only when they do not fit), so no copy of either is made and
// the buffers are reused for the next pieces.
import { parentPort, workerData } from 'node:worker_threads';
import { utf8 } from './split';
import { work, type WorkContext } from './work';

export interface PieceMessage {
  readonly seq: number;
  readonly buf: Uint8Array;
  readonly len: number;
  readonly firstLine: number;
}

export interface DoneMessage extends Omit<import('./work').PieceResult, 'text'> {
  readonly seq: number;
  /** The piece's buffer, holding the output in [0, len) unless it is in `out`. */
  readonly buf: Uint8Array;
  readonly len: number;
  readonly out?: Uint8Array;
}

const ctx = workerData as WorkContext;
const encoder = new TextEncoder();
parentPort!.on('message', (m: PieceMessage) => {
  const { text, stats, examples } = work(utf8(m.buf, 0, m.len), m.firstLine, ctx);
  const { read, written } = encoder.encodeInto(text, m.buf);
  const done: DoneMessage = read === text.length ? { seq: m.seq, buf: m.buf, len: written, stats, examples } : { seq: m.seq, buf: m.buf, len: 0, out: encoder.encode(text), stats, examples };
  parentPort!.postMessage(done, done.out ? [m.buf.buffer as ArrayBuffer, done.out.buffer as ArrayBuffer] : [m.buf.buffer as ArrayBuffer]);
});
