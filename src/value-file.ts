import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, StepError } from './errors.ts';
import type { ParameterEntry, RotationConfig, Tier } from './inputs.ts';
import { encodingsToMask } from './token.ts';

/**
 * A value the job minted (a provider's CLI wrote it to a file) stored instead
 * of a minted token: the value-file input, or a `file=PATH` clause on each line
 * of the parameters input. Reading the file is local, so it happens during
 * input validation, before any request; the value is masked the moment it is
 * decoded. A path is never quoted in a refusal: a value pasted into the input
 * by mistake would otherwise be printed.
 */

/** The clause a parameters line ends with: whitespace, then file=PATH to the end of the line (names and keys hold no whitespace or =). */
const FILE_CLAUSE = /\s+file=/;

/** A parameters line split into its name=output-key part and the path of its file= clause, if any. */
export function splitFileClause(line: string): { readonly line: string; readonly file: string | undefined } {
  const clause = FILE_CLAUSE.exec(line);
  if (!clause) return { line, file: undefined };
  return { line: line.slice(0, clause.index), file: line.slice(clause.index + clause[0].length).trim() };
}

const fail = (input: string, sentence: string): never => {
  throw new InputError(input, sentence);
};

const SET_FILES = 'one name=output-key file=PATH per line, e.g. /team/app/fly-token=fly file=${{ runner.temp }}/fly-token';

/**
 * Gives the entries their files and refuses what is ambiguous or contradictory:
 * value-file with a set (which member?), a set where only some lines have a
 * file (a forgotten file= would overwrite a provider's credential with a
 * random token the provider does not know), two members reading one file, and
 * minting inputs changed from their defaults while the value is taken.
 */
export function attachValueFiles(read: (name: string) => string, parameters: readonly ParameterEntry[], setForm: boolean): ParameterEntry[] {
  const single = read('value-file').trim();
  const lineFiles = parameters.filter((p) => p.valueFile !== undefined);
  if (single !== '' && setForm) {
    fail(
      'value-file',
      `Input value-file takes the value of parameter-name, but parameters is used: give each line of parameters its own file instead (${SET_FILES}).`,
    );
  }
  if (setForm && lineFiles.length > 0 && lineFiles.length < parameters.length) {
    const without = parameters.find((p) => p.valueFile === undefined) as ParameterEntry;
    fail(
      'parameters',
      `Input parameters gives a file to some lines but not to ${without.name}: a set takes every value from a file or mints every one, so use ${SET_FILES} on every line, or on none.`,
    );
  }
  const seen = new Map<string, string>();
  for (const entry of lineFiles) {
    if (entry.valueFile === '') fail('parameters', `Input parameters has a file= clause without a path for ${entry.name}: use ${SET_FILES}.`);
    const path = resolve(entry.valueFile as string);
    const other = seen.get(path);
    if (other !== undefined)
      fail('parameters', `Input parameters reads one file for both ${other} and ${entry.name}: use ${SET_FILES}, each parameter with its own file.`);
    seen.set(path, entry.name);
  }
  const entries = single === '' ? [...parameters] : [{ ...(parameters[0] as ParameterEntry), valueFile: single }];
  if (entries.some((e) => e.valueFile !== undefined)) refuseMintingInputs(read, single !== '' ? 'value-file' : 'the file= clauses of parameters');
  return entries;
}

// The action.yml defaults of the minting inputs: any other value asks for a token the run will not mint.
function refuseMintingInputs(read: (name: string) => string, source: string): void {
  const changed = [
    ['token-bytes', (read('token-bytes').trim() || '32') !== '32'],
    ['token-encoding', (read('token-encoding').trim() || 'base64url') !== 'base64url'],
    ['token-prefix', read('token-prefix').trim() !== ''],
  ] as const;
  for (const [input, isChanged] of changed) {
    if (isChanged) fail(input, `Input ${input} shapes a minted token, but the value comes from ${source}, so nothing is minted: remove ${input}, or the file.`);
  }
}

/** The SSM value limit of each tier, in bytes of UTF-8 (a conservative reading of the reference's "4 KB" and "8 KB"). */
export const STANDARD_LIMIT = 4096;
export const ADVANCED_LIMIT = 8192;

/**
 * AWS API reference, PutParameter: "Standard parameters have a value limit of
 * 4 KB. Advanced parameters have a value limit of 8 KB." (Value), and with
 * Intelligent-Tiering "the parameter is created in the standard-parameter tier"
 * unless an option needs an advanced one, such as "content size ... more than
 * 4 KB" (Tier): so Intelligent-Tiering takes up to 8 KB. An empty tier input
 * keeps the parameter's tier (Standard for a new one), known only after the
 * preflight: validation checks 8 KB, the preflight the tier the write will use.
 */
export function tierLimit(tier: Tier | undefined): number {
  return tier === 'Standard' ? STANDARD_LIMIT : ADVANCED_LIMIT;
}

/** Why a value is too large for the tier, and what to do (sentences without the value); tier undefined: the input left empty, before the preflight. */
export function tierProblem(value: string, tier: Tier | undefined): { readonly reason: string; readonly fix: string } | undefined {
  const size = Buffer.byteLength(value, 'utf8');
  const limit = tierLimit(tier);
  if (size <= limit) return undefined;
  return {
    reason: `the value from its file is ${size} bytes of UTF-8, over the ${limit} bytes SSM takes ${tier === undefined ? 'in any tier' : `in the ${tier} tier`}`,
    fix: tier === 'Standard' ? 'set tier to Intelligent-Tiering or Advanced (up to 8192 bytes)' : 'store a shorter value',
  };
}

/** The preflight's check, once the tier the write uses is known: before any write, never naming the value. */
export function refuseOversizeValue(value: string | undefined, parameter: string, tier: Tier): void {
  const problem = value === undefined ? undefined : tierProblem(value, tier);
  if (problem !== undefined) {
    throw new StepError(
      'preflight',
      parameter,
      `The ${problem.reason.slice(4)}.`,
      `${problem.fix.charAt(0).toUpperCase()}${problem.fix.slice(1)}; nothing was written.`,
    );
  }
}

/** Shorter values cannot be kept out of logs (they occur in ordinary text and the fingerprints), and are no credential. */
export const MIN_LENGTH = 8;

/**
 * Every form of a taken value to mask: the encodings a minted token gets, its
 * JSON-escaped form (the tokens output of a set holds it that way when it has
 * quotes, backslashes or line breaks), and each line of a multi-line value
 * (the runner masks a secret line by line; a one-line value is its own line).
 */
export function valueForms(value: string): string[] {
  const lines = value.split(/\r?\n/).filter((line) => line.trim().length >= MIN_LENGTH);
  return [...new Set([...encodingsToMask(value), JSON.stringify(value).slice(1, -1), ...lines])];
}

/** The file's text without one trailing line break (what a CLI prints after the value); anything else is kept. */
export function dropLineBreak(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

/** What reading a file needs, injectable for the tests. */
export interface FileReader {
  readonly size: (path: string) => { readonly file: boolean; readonly bytes: number };
  readonly read: (path: string) => Uint8Array;
}

const fileSystem: FileReader = {
  size: (path) => {
    const stat = statSync(path);
    return { file: stat.isFile(), bytes: stat.size };
  },
  read: (path) => readFileSync(path),
};

function unreadable(input: string, where: string, path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code ?? 'an error';
  // with: values are not run through a shell: $RUNNER_TEMP stays literal.
  const shell = path.includes('$') ? ' (with: values are not expanded by a shell: write ${{ runner.temp }}, not $RUNNER_TEMP)' : '';
  const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code})`;
  return fail(
    input,
    `Input ${input}${where} names a file that ${why}${shell}: write the value to a file in an earlier step of this job, e.g. > "$RUNNER_TEMP/token", and give its path.`,
  );
}

/**
 * Reads, masks and checks the value of each entry with a file: the parameter
 * name to its value. `mask` is called for every form of the value before any
 * check can fail. Throws InputError naming the input, never the content.
 */
export function takeValues(config: RotationConfig, mask: (form: string) => void, files: FileReader = fileSystem): Map<string, string> {
  const taken = new Map<string, string>();
  const input = config.setForm ? 'parameters' : 'value-file';
  const limit = tierLimit(config.tier);
  for (const entry of config.parameters) {
    if (entry.valueFile === undefined) continue;
    const path = entry.valueFile;
    const where = config.setForm ? ` (the file of ${entry.name})` : '';
    let bytes: Uint8Array;
    try {
      const { file, bytes: size } = files.size(path);
      if (!file)
        fail(input, `Input ${input}${where} names something that is not a regular file: give the path of the file an earlier step wrote the value to.`);
      // Room for the line break that is dropped; a larger file is refused without reading it.
      if (size > limit + 2)
        fail(
          input,
          `Input ${input}${where} names a file of ${size} bytes: SSM takes at most ${limit} bytes ${config.tier === undefined ? 'in any tier' : `in the ${config.tier} tier`}.`,
        );
      bytes = files.read(path);
    } catch (error) {
      if (error instanceof InputError) throw error;
      return unreadable(input, where, path, error);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return fail(input, `Input ${input}${where} names a file that is not UTF-8 text: store text; encode a binary secret first (e.g. base64) and write that.`);
    }
    const value = dropLineBreak(text);
    // Blanks are no secret: masking them would hide every space in the log.
    if (value.trim() !== '') for (const form of valueForms(value)) mask(form);
    if (value.trim() === '')
      fail(input, `Input ${input}${where} names a file that is empty or holds only blanks and a line break: write the value to it, then run this step.`);
    if (Array.from(value).length < MIN_LENGTH) {
      fail(
        input,
        `Input ${input}${where} names a file whose value has fewer than ${MIN_LENGTH} characters: a credential that short cannot be kept out of logs; store a longer one.`,
      );
    }
    const problem = tierProblem(value, config.tier);
    if (problem !== undefined) fail(input, `Input ${input}${where}: ${problem.reason}: ${problem.fix}.`);
    taken.set(entry.name, value);
  }
  return taken;
}
