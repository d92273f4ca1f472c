// Text from rule sets, answers and translations must never be parsed as HTML. The renderer
// builds every node with createElement and text nodes; this guards against a later change
// slipping in an HTML sink.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const files = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));

describe('no HTML sinks', () => {
  it('uses no innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML, eval or new Function', () => {
    const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|eval\s*\(|new Function)\b/;
    const hits = files(src).filter((f) => /\.(ts|tsx)$/.test(f)).filter((f) => sinks.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(hits).toEqual([]);
  });

  it('ships an element bundle without eval or new Function', () => {
    const bundle = readFileSync(new URL('../dist/coproduce-advisor.js', import.meta.url), 'utf8');
    expect(bundle).not.toMatch(/\beval\(/);
    expect(bundle).not.toMatch(/new Function\(/);
  });
});
