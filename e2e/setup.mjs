// jest globalSetup of the e2e tier: starts the world once; the scenarios read its facts from E2E_WORLD.
// Plain ESM that imports the TypeScript modules natively (Node 24 strips types): jest's transform
// would rewrite their imports for a module system a global setup does not run in.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE, FACTS_FILE } from './components.ts';
import { start } from './world/world.ts';

export default async function setup() {
  const begun = performance.now();
  const world = await start();
  globalThis.e2eWorld = world;
  await mkdir(CACHE, { recursive: true });
  await writeFile(FACTS_FILE, JSON.stringify(world.facts, null, 2));
  // The scenarios read this world's own copy: the cache (and FACTS_FILE in it) may be shared by
  // worlds started in parallel from other checkouts, each overwriting it.
  const own = join(world.facts.dir, 'world.json');
  await writeFile(own, JSON.stringify(world.facts, null, 2));
  process.env.E2E_WORLD = own;
  process.stderr.write(`e2e world: up in ${((performance.now() - begun) / 1000).toFixed(1)} s, logs in ${world.facts.logDir}\n`);
}
