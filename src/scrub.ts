import * as core from '#actions-core';
import { encodingsToMask, fingerprint } from './token.ts';

/**
 * The one scrubber for text that comes from outside the process: SSM error
 * messages, `LastModifiedUser`, ESO condition messages, Kubernetes error
 * bodies. Before such text reaches the log, an annotation, the summary or an
 * output, every encoding of every token this run knows is replaced by the
 * token's fingerprint, and what could start a workflow command is defused:
 * line breaks become spaces (a command must start its own line) and `::`
 * becomes `: :` (the runner reads `::name ...::` as a command), except the
 * empty region field of an ARN. The runner's
 * own masking only hides values registered with `::add-mask::`; this also
 * covers the base64, hex and URL forms and values read back from SSM.
 */
export class Scrubber {
  /** [form, fingerprint] pairs, longest form first so no shorter form splits a longer one. */
  #forms: [string, string][] = [];

  /** Learns a token: from now on each of its encodings is replaced by its fingerprint. */
  know(token: string): void {
    if (token === '') return;
    const print = fingerprint(token);
    const bytes = Buffer.from(token, 'utf8');
    const forms = new Set([...encodingsToMask(token), bytes.toString('hex').toUpperCase()]);
    for (const form of forms) if (form.length >= 8 && !this.#forms.some(([known]) => known === form)) this.#forms.push([form, print]);
    this.#forms.sort(([a], [b]) => b.length - a.length);
  }

  /** The text with every known token replaced and workflow commands defused; one line. */
  clean(text: string): string {
    let out = text;
    for (const [form, print] of this.#forms) out = out.split(form).join(print);
    return (
      out
        .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
        // An ARN's empty region field (arn:aws:iam::123...) is not a command prefix and stays as it is.
        .replace(/(?<!\barn:aws[a-z-]*:[a-z0-9-]+)::/g, ': :')
    );
  }
}

/** The process's scrubber: the main step and the post step each run in their own process. */
export const scrubber = new Scrubber();

/** `core.info` for a line that may hold server text. */
export const sayInfo = (line: string): void => {
  core.info(scrubber.clean(line));
};
/** `core.warning` for a line that may hold server text. */
export const sayWarning = (line: string): void => {
  core.warning(scrubber.clean(line));
};
