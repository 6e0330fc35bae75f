import { describe } from '@jest/globals';
import { facts } from './cluster.ts';

/**
 * Scenarios that need optional controllers (e2e/world/extras.ts) run only when the world started all of
 * them; otherwise the suite is skipped and its title carries the reason the world recorded (build or start failure).
 */
export function describeWith(extras: string | readonly string[], title: string, body: () => void): void {
  const names = typeof extras === 'string' ? [extras] : extras;
  const missing = names
    .map((name) => ({ name, fact: facts().extras[name] }))
    .filter(({ fact }) => fact?.started !== true)
    .map(({ name, fact }) => fact?.reason ?? `${name} is not one of the world's optional controllers`);
  const versions = names.map((name) => `${name} ${facts().extras[name]?.version ?? ''}`).join(', ');
  if (missing.length === 0) describe(`${title} (${versions})`, body);
  else describe.skip(`${title}: skipped, ${missing.join('; ')}`, body);
}
