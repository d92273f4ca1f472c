import { open, type FileHandle } from 'node:fs/promises';
import { CliError } from '../exit';
import { fileProblem } from '../read-input';

/** Where the rows come from: read straight into the caller's buffer, so the input is never held twice. */
export interface Source {
  /** Size in bytes, when known (a file), for the progress bar. */
  readonly size: number | undefined;
  /** Bytes read into buf[offset, offset + n); 0 at the end. */
  read(buf: Uint8Array, offset: number, length: number): Promise<number>;
  close(): Promise<void>;
}

export async function openSource(path: string): Promise<Source> {
  const fail = (e: unknown) => new CliError(fileProblem(path, e), 1, { cause: e });
  if (path === '-') return stdinSource(fail);
  let h: FileHandle;
  let size: number;
  try {
    h = await open(path, 'r');
    size = (await h.stat()).size;
  } catch (e) {
    throw fail(e);
  }
  return {
    size,
    async read(buf, offset, length) {
      try {
        return (await h.read(buf, offset, length, null)).bytesRead;
      } catch (e) {
        throw fail(e);
      }
    },
    close: () => h.close(),
  };
}

function stdinSource(fail: (e: unknown) => CliError): Source {
  const chunks = process.stdin[Symbol.asyncIterator]();
  let chunk: Buffer | undefined;
  let at = 0;
  return {
    size: undefined,
    async read(buf, offset, length) {
      try {
        while (!chunk || at === chunk.length) {
          const r = await chunks.next();
          if (r.done) return 0;
          chunk = r.value as Buffer;
          at = 0;
        }
      } catch (e) {
        throw fail(e);
      }
      const n = Math.min(length, chunk.length - at);
      buf.set(chunk.subarray(at, at + n), offset);
      at += n;
      return n;
    },
    close: async () => {},
  };
}
