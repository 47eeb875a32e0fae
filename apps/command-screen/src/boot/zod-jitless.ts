import { z } from 'zod';

// The page validates each document once (a screen config, a playlist, the binding steps and view
// mappings inside them). zod's compiled fast path writes and compiles a function per object
// schema on its first parse, which costs more than that one parse saves: without it the default
// config validates in half the time (14 against 28-34 ms in Node). It also needs `eval`, which a
// strict Content-Security-Policy refuses (and reports even when zod catches the refusal). The
// feed worker, which parses thousands of records on every update, keeps the compiled path.
//
// zod reads this when each object schema is constructed, so it must run before any module that
// defines a schema: import this module first.
z.config({ jitless: true });
