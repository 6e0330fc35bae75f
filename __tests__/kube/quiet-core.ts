import { jest } from '@jest/globals';

/** Lines the code under test logged, by level. */
export interface LoggedLines {
  readonly info: string[];
  readonly debug: string[];
  readonly warning: string[];
  all(): string;
}

/**
 * Replaces @actions/core with recorders so tests stay quiet and can assert
 * what was logged. Call before the dynamic import() of the module under test.
 */
export function quietCore(): LoggedLines {
  const lines = { info: [] as string[], debug: [] as string[], warning: [] as string[] };
  jest.unstable_mockModule('@actions/core', () => ({
    info: (line: string) => lines.info.push(line),
    debug: (line: string) => lines.debug.push(line),
    warning: (line: string | Error) => lines.warning.push(String(line)),
    error: (line: string | Error) => lines.warning.push(String(line)),
    setSecret: () => undefined,
    startGroup: () => undefined,
    endGroup: () => undefined,
  }));
  return { ...lines, all: () => [...lines.info, ...lines.debug, ...lines.warning].join('\n') };
}
