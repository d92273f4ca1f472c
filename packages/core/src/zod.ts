import * as z from 'zod';

// zod compiles object parsers with `new Function` unless told not to, and probes for it
// first. Under a strict Content-Security-Policy (no 'unsafe-eval'), which embedding portals
// use, that probe is reported as a violation. Our schemas are small: run them without JIT.
z.config({ jitless: true });

export { z };
