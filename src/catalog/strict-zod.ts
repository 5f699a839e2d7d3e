import { z } from 'zod';

/**
 * The atlas runs under a Content-Security-Policy without 'unsafe-eval' (index.html). Zod 4
 * compiles fast object parsers with `new Function` after probing whether eval is allowed, and
 * under a strict policy that probe itself is reported as a violation. Jitless mode skips both;
 * the catalog parses once at load, so the JIT's speed is not missed. This module must be
 * evaluated before any schema is built (the probe runs when an object schema is made), so every
 * module that makes schemas imports it first: with code split into chunks, the bundler may place
 * those modules in a shared chunk evaluated before the entry's own first import.
 */
z.config({ jitless: true });
