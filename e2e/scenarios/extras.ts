import { describe } from '@jest/globals';
import { facts } from './cluster.ts';

/**
 * Scenarios that need an optional controller (e2e/world/extras.ts) run only when the world started it;
 * otherwise the suite is skipped and its title carries the reason the world recorded (build or start failure).
 */
export function describeWith(extra: string, title: string, body: () => void): void {
  const fact = facts().extras[extra];
  if (fact?.started === true) describe(`${title} (${extra} ${fact.version ?? ''})`, body);
  else describe.skip(`${title}: skipped, ${fact?.reason ?? `${extra} is not one of the world's optional controllers`}`, body);
}
