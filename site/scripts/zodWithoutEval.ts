import { z } from 'zod'

// zod 4 compiles a fast parser with `new Function` when it may, and probes whether it may by
// calling it. The site's CSP has no 'unsafe-eval', so the probe fails (zod then parses the slow
// way) but Chromium reports the breach anyway, and Lighthouse counts it against best practices
// (/vraagbaak/ scored 96). Imported before any schema is made: zod probes when an object schema is
// built (`allowsEval` in zod/v4/core/util.js). Shown by tests/e2e/site.test.ts ("Content-Security-Policy").
z.config({ jitless: true })
