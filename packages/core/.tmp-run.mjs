// src/sha256.ts
var K = new Int32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
function sha256Hex(text) {
  const bytes = new TextEncoder().encode(text);
  const n = bytes.length;
  const padded = new Uint8Array(n + 9 + 63 >> 6 << 6);
  padded.set(bytes);
  padded[n] = 128;
  const len = padded.length;
  const hi = Math.floor(n / 536870912);
  const lo = n << 3 >>> 0;
  padded[len - 8] = hi >>> 24;
  padded[len - 7] = hi >>> 16;
  padded[len - 6] = hi >>> 8;
  padded[len - 5] = hi;
  padded[len - 4] = lo >>> 24;
  padded[len - 3] = lo >>> 16;
  padded[len - 2] = lo >>> 8;
  padded[len - 1] = lo;
  const state = new Int32Array([1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225]);
  const w = new Int32Array(64);
  for (let off = 0; off < len; off += 64) block(padded, off, w, state);
  let out = "";
  for (let i = 0; i < 8; i++) out += (state[i] >>> 0).toString(16).padStart(8, "0");
  return out;
}
function block(p, off, w, h) {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    w[i] = p[j] << 24 | p[j + 1] << 16 | p[j + 2] << 8 | p[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15];
    const y = w[i - 2];
    const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
    const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
    w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
    const ch = e & f ^ ~e & g;
    const t1 = hh + S1 + ch + K[i] + w[i] | 0;
    const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
    const maj = a & b ^ a & c ^ b & c;
    const t2 = S0 + maj | 0;
    hh = g;
    g = f;
    f = e;
    e = d + t1 | 0;
    d = c;
    c = b;
    b = a;
    a = t1 + t2 | 0;
  }
  h[0] = h[0] + a | 0;
  h[1] = h[1] + b | 0;
  h[2] = h[2] + c | 0;
  h[3] = h[3] + d | 0;
  h[4] = h[4] + e | 0;
  h[5] = h[5] + f | 0;
  h[6] = h[6] + g | 0;
  h[7] = h[7] + hh | 0;
}

// ../../../../tmp/sz/shatest.mts
import { createHash } from "node:crypto";
var ok = true;
for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1e3, 1e5]) {
  const s = "\xE9".repeat(n % 7) + "x".repeat(n);
  if (sha256Hex(s) !== createHash("sha256").update(s).digest("hex")) {
    ok = false;
    console.log("bad", n);
  }
}
var big = "abc".repeat(8e4);
for (let k = 0; k < 4; k++) {
  const t = performance.now();
  sha256Hex(big);
  console.log("240KB ms", (performance.now() - t).toFixed(2));
}
console.log("ok", ok);
