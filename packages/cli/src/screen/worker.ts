// A screening worker thread: screens the pieces the main thread sends, in any order. Its
// first message is the screening context (the input's format and the output wanted), which
// the main thread knows only once it has read the start of the input; the worker loads its
// modules meanwhile. A piece arrives as bytes in a transferred buffer and its output rows
// go back, encoded, in the same buffer (a new one only when they do not fit), so neither is
// copied and the buffers are reused for the next pieces.
import { parentPort } from 'node:worker_threads';
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

function screen(m: PieceMessage, ctx: WorkContext): void {
  const done: DoneMessage = { seq: m.seq, buf: m.buf, ...work(m.buf, m.len, m.firstLine, ctx) };
  const transfer = [m.buf.buffer as ArrayBuffer];
  if (done.out) transfer.push(done.out.buffer as ArrayBuffer);
  parentPort!.postMessage(done, transfer);
}

let ctx: WorkContext | undefined;
parentPort!.on('message', (m: PieceMessage | WorkContext) => {
  if (ctx) screen(m as PieceMessage, ctx);
  else ctx = m as WorkContext;
});
