import { z } from 'zod';

/**
 * The atlas runs under a Content-Security-Policy without 'unsafe-eval' (index.html). Zod 4
 * compiles fast object parsers with `new Function` after probing whether eval is allowed, and
 * under a strict policy that probe itself is reported as a violation. Jitless mode skips both;
 * the catalog parses once at load, so the JIT's speed is not missed. This module must be
 * evaluated before any schema is built: main.tsx imports it first.
 */
z.config({ jitless: true });
