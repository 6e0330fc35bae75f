import { InputError } from './errors.ts';

/** What `auto` asks for: find the readers of the parameters, and the workloads using their Secrets, in these namespaces. */
export interface DiscoveryInputs {
  /** `external-secrets: auto`: find every ExternalSecret that reads the parameters. */
  readonly externalSecrets: boolean;
  /** `restart: auto`: find every workload whose pod template uses a target Secret. */
  readonly restart: boolean;
  /** The search-namespaces input: namespaces, or '*' for one cluster-wide list per kind. */
  readonly namespaces: readonly string[] | '*';
}

type InputReader = (name: string) => string;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const NAMESPACES_FORM = 'one namespace per line (lowercase DNS labels, e.g. prod), or * alone for every namespace';

const fail = (input: string, sentence: string): never => {
  throw new InputError(input, sentence);
};

const lines = (raw: string): string[] =>
  raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

/** The raw input without its `auto` line, and whether it had one (at most once). */
function takeAuto(input: string, raw: string): { rest: string; auto: boolean } {
  const all = lines(raw);
  const autos = all.filter((line) => line === 'auto').length;
  if (autos > 1) fail(input, `Input ${input} has the line auto ${autos} times: give it once, alone or beside named entries.`);
  return { rest: all.filter((line) => line !== 'auto').join('\n'), auto: autos === 1 };
}

function parseSearchNamespaces(raw: string, namespace: string): readonly string[] | '*' {
  const given = lines(raw);
  if (given.length === 0) return [namespace];
  if (given.includes('*')) {
    if (given.length > 1) fail('search-namespaces', `Input search-namespaces has * beside other lines: use ${NAMESPACES_FORM}.`);
    return '*';
  }
  for (const line of given) {
    if (!DNS_LABEL.test(line))
      fail('search-namespaces', `Input search-namespaces has the line ${JSON.stringify(line.slice(0, 80))} that is not a namespace: use ${NAMESPACES_FORM}.`);
  }
  if (new Set(given).size !== given.length) fail('search-namespaces', `Input search-namespaces names a namespace twice: use ${NAMESPACES_FORM}, each once.`);
  return given;
}

/**
 * Takes the `auto` lines out of external-secrets and restart (the rest is parsed as named
 * entries, as before) and reads search-namespaces. `discovery` is undefined when neither says auto.
 */
export function readDiscovery(
  read: InputReader,
  namespace: string,
): { readonly discovery: DiscoveryInputs | undefined; readonly externalSecrets: string; readonly restart: string } {
  const externalSecrets = takeAuto('external-secrets', read('external-secrets'));
  const restart = takeAuto('restart', read('restart'));
  const searchRaw = read('search-namespaces');
  if (!externalSecrets.auto && !restart.auto) {
    if (lines(searchRaw).length > 0) {
      fail(
        'search-namespaces',
        'Input search-namespaces is set but neither external-secrets nor restart says auto: add the line auto to one of them, or remove search-namespaces.',
      );
    }
    return { discovery: undefined, externalSecrets: externalSecrets.rest, restart: restart.rest };
  }
  if (restart.auto && !externalSecrets.auto && externalSecrets.rest === '') {
    fail(
      'restart',
      'Input restart says auto, which restarts the workloads that use the target Secrets of the external-secrets entries, but external-secrets is empty: add auto or [namespace/]name lines to external-secrets.',
    );
  }
  return {
    discovery: { externalSecrets: externalSecrets.auto, restart: restart.auto, namespaces: parseSearchNamespaces(searchRaw, namespace) },
    externalSecrets: externalSecrets.rest,
    restart: restart.rest,
  };
}
