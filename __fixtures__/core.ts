import { jest } from '@jest/globals';
import type * as core from '@actions/core';

/** Typed stand-ins for @actions/core, for tests that run the action's entry point in process. */
export const getInput = jest.fn<typeof core.getInput>();
export const getState = jest.fn<typeof core.getState>();
export const saveState = jest.fn<typeof core.saveState>();
export const setOutput = jest.fn<typeof core.setOutput>();
export const setSecret = jest.fn<typeof core.setSecret>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const info = jest.fn<typeof core.info>();
export const debug = jest.fn<typeof core.debug>();
export const warning = jest.fn<typeof core.warning>();
export const startGroup = jest.fn<typeof core.startGroup>();
export const endGroup = jest.fn<typeof core.endGroup>();

/** The job summary: what was added, and whether it was written. */
export const summaryText: string[] = [];
export const summary = {
  addRaw: jest.fn((text: string) => {
    summaryText.push(text);
    return summary;
  }),
  write: jest.fn(() => Promise.resolve(summary)),
};

export function resetCore(inputs: Record<string, string>, state: Record<string, string> = {}): void {
  for (const mock of [getInput, getState, saveState, setOutput, setSecret, setFailed, info, debug, warning, startGroup, endGroup]) mock.mockReset();
  summary.addRaw.mockClear();
  summary.write.mockClear();
  summaryText.length = 0;
  getInput.mockImplementation((name) => inputs[name] ?? '');
  getState.mockImplementation((name) => state[name] ?? '');
}
