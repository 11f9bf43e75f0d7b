/**
 * Imported first by the bench page bundle, before any module builds a schema. zod 4 probes
 * `new Function` when a schema is built, to decide whether to compile parsers. In the
 * extension that probe fails under MV3's CSP, so zod interprets. Inside DevTools' evaluate the
 * probe succeeds (CSP does not cover it), and the compiled parsers are refused later. Jitless
 * is what the extension really runs.
 */
import { z } from 'zod';

z.config({ jitless: true });
