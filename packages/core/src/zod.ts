import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini: the same schemas, validation and JSON Schema as zod, built from functions a
// bundler can leave out when unused, so browser bundles carry only what we use (zod's
// classic API alone is about 30 KB min + gzip). Its English messages are opt-in: load them.
//
// jitless: zod compiles object parsers with `new Function` unless told not to, and probes
// for it first. Under a strict Content-Security-Policy (no 'unsafe-eval'), which embedding
// portals use, that probe is reported as a violation. Our schemas are small: no JIT.
z.config({ jitless: true, ...en() });

export { z };
