// A screening worker thread: screens the pieces the main thread sends, in any order. A
// piece arrives as bytes in a transferred buffer and its output rows go back, encoded, in
// the same buffer (a new one only when they do not fit), so neither is copied and the
// buffers are reused for the next pieces.
import { parentPort, workerData } from 'node:worker_threads';
import { work, type PieceResult, type WorkContext } from './work';

export interface PieceMessage {
  readonly seq: number;
  readonly buf: Uint8Array;
  readonly len: number;
  readonly firstLine: number;
}

export interface DoneMessage extends PieceResult {
  readonly seq: number;
  /** The piece's buffer, coming back to the pool (holding the output unless it is in `out`). */
  readonly buf: Uint8Array;
}

const ctx = workerData as WorkContext;
parentPort!.on('message', (m: PieceMessage) => {
  const done: DoneMessage = { seq: m.seq, buf: m.buf, ...work(m.buf, m.len, m.firstLine, ctx) };
  const transfer = [m.buf.buffer as ArrayBuffer];
  if (done.out) transfer.push(done.out.buffer as ArrayBuffer);
  parentPort!.postMessage(done, transfer);
});
