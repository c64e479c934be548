// zod's "mini" build, with English messages, for every schema in Editions. The classic `zod` API is
// 750 KB of code that every command would load (and compile) just to validate a config file or a
// statement's front matter; the mini build holds the same checks and messages, and a bundler keeps
// only the parts used. Import it as a namespace (`import * as z from './zod.js'`), so it can.
// It ships without a locale: English is set here, once, as `zod` itself does on first use.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
