// Preloaded into the action's process by the benchmark (NODE_OPTIONS=--import=<this file>).
// Records every file the module loader loads (the main bundle and each chunk it imports) and,
// at exit, the process's peak resident set size, into the file named by BENCH_PROBE_OUT.
// Plain JavaScript on purpose: a .ts preload would load Node's type stripper into the
// process and inflate the memory it is measuring.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) loaded.push(url);
    return nextLoad(url, context);
  },
});

process.on('exit', () => {
  const out = process.env.BENCH_PROBE_OUT;
  if (out) writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, loaded }));
});
