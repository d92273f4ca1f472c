// A screening worker thread: screens the pieces the main thread sends, in any order.
import { parentPort, workerData } from 'node:worker_threads';
import { work, type WorkContext } from './work';

const ctx = workerData as WorkContext;
parentPort!.on('message', (m: { seq: number; text: string; firstLine: number }) => {
  parentPort!.postMessage({ seq: m.seq, ...work(m.text, m.firstLine, ctx) });
});
