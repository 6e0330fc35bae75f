import { describe } from '@jest/globals';
import { extraStarted, facts } from './cluster.ts';

/**
 * Scenarios that need optional controllers (e2e/world/extras.ts) run only when the world started all of
 * them; otherwise the suite is skipped, the reason the world recorded (build or start failure) is printed
 * (extraStarted) and carried in the suite's title.
 */
export function describeWith(extras: string | readonly string[], title: string, body: () => void): void {
  const names = typeof extras === 'string' ? [extras] : extras;
  const missing = names.filter((name) => !extraStarted(name)).map((name) => facts().extras[name]?.reason ?? `${name} is not registered`);
  const versions = names.map((name) => `${name} ${facts().extras[name]?.version ?? ''}`).join(', ');
  if (missing.length === 0) describe(`${title} (${versions})`, body);
  else describe.skip(`${title}: skipped, ${missing.join('; ')}`, body);
}
