import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The smallest front for moto that answers GetParameters as AWS does. AWS's answer carries, for
 * every parameter asked for with a selector (`name:version` or `name:label`), `Selector`: "the
 * version number or the label used to retrieve the parameter value" (AWS API reference,
 * Parameter.Selector; GetParameters). moto 5.2.6 (moto/ssm/responses.py, get_parameters) leaves
 * it out and answers in set order, so the answers to `name:current` and `name:previous` cannot be
 * told apart. The shim asks moto one name at a time and puts the selector on each answer; every
 * other request passes through untouched.
 *
 * For the provider-failure scenarios it can also answer chosen requests with an AWS error instead
 * of passing them on: `POST /e2e/faults` with a Fault, `DELETE /e2e/faults` to clear.
 */

/** Answer `times` requests (all when absent) of one operation from one client with an AWS error. */
export interface Fault {
  /** The X-Amz-Target, e.g. `AmazonSSM.GetParameter`. */
  readonly target: string;
  /** A part of the User-Agent: `aws-sdk-go/` is ESO's client, `aws-sdk-js/` the action's. */
  readonly userAgent: string;
  readonly times?: number;
  /** The AWS error code (`__type`) and message of the 400 answer. */
  readonly code?: string;
  readonly message?: string;
  /**
   * Instead of an error: pass the request on and hold moto's answer this long, so the call has
   * landed while its caller still waits (the race window of a slow network, widened on purpose).
   */
  readonly delayAnswerMs?: number;
}

/** The fault that takes this request, counting it down; the list without the faults used up. */
export function takeFault(faults: readonly Fault[], target: string, userAgent: string): { fault?: Fault; rest: Fault[] } {
  const index = faults.findIndex((f) => f.target === target && userAgent.includes(f.userAgent));
  const fault = faults[index];
  if (!fault) return { rest: [...faults] };
  const rest = [...faults];
  if (fault.times === undefined) return { fault, rest };
  if (fault.times <= 1) rest.splice(index, 1);
  else rest[index] = { ...fault, times: fault.times - 1 };
  return { fault, rest };
}

export interface ParameterAnswer {
  readonly Name?: string;
  readonly [field: string]: unknown;
}

export interface GetParametersAnswer {
  readonly Parameters?: readonly ParameterAnswer[];
  readonly InvalidParameters?: readonly string[];
}

/** `:current` for `name:current`, `:3` for `name:3`, nothing for a plain name or an ARN without a selector. */
export function selectorOf(asked: string): string | undefined {
  // An ARN holds colons of its own: the selector is what follows the parameter path.
  const path = asked.startsWith('arn:') ? asked.slice(asked.indexOf(':parameter') + ':parameter'.length) : asked;
  const colon = path.lastIndexOf(':');
  return colon < 0 ? undefined : path.slice(colon);
}

/** One GetParameters answer from the single-name answers, each parameter with the selector it was asked by. */
export function mergeAnswers(answers: readonly { readonly asked: string; readonly answer: GetParametersAnswer }[]): GetParametersAnswer {
  const parameters: ParameterAnswer[] = [];
  const invalid: string[] = [];
  for (const { asked, answer } of answers) {
    const selector = selectorOf(asked);
    for (const parameter of answer.Parameters ?? []) parameters.push(selector === undefined ? parameter : { ...parameter, Selector: selector });
    invalid.push(...(answer.InvalidParameters ?? []));
  }
  return { Parameters: parameters, InvalidParameters: invalid };
}

interface Forwarded {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

function forward(upstream: URL, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<Forwarded> {
  return new Promise((done, fail) => {
    const req = request(
      { host: upstream.hostname, port: upstream.port, method, path, headers: { ...headers, host: upstream.host, 'content-length': String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          done({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function getParameters(upstream: URL, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<Forwarded> {
  const input = JSON.parse(body.toString('utf8')) as { Names?: string[] };
  const names = input.Names ?? [];
  const answers: { asked: string; answer: GetParametersAnswer }[] = [];
  for (const asked of names) {
    const one = await forward(upstream, 'POST', path, headers, Buffer.from(JSON.stringify({ ...input, Names: [asked] })));
    // An error (validation, throttling) is moto's answer to the whole request, as AWS's would be.
    if (one.status !== 200) return one;
    answers.push({ asked, answer: JSON.parse(one.body.toString('utf8')) as GetParametersAnswer });
  }
  const merged = Buffer.from(JSON.stringify(mergeAnswers(answers)));
  return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: merged };
}

export interface SsmShim {
  readonly url: string;
  close(): Promise<void>;
}

export function startSsmShim(upstreamUrl: string, port: number): Promise<SsmShim> {
  const upstream = new URL(upstreamUrl);
  let faults: Fault[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url === '/e2e/faults') {
        faults = req.method === 'POST' ? [...faults, JSON.parse(body.toString('utf8')) as Fault] : [];
        res.writeHead(204).end();
        return;
      }
      const taken = takeFault(faults, String(req.headers['x-amz-target'] ?? ''), req.headers['user-agent'] ?? '');
      faults = taken.rest;
      const delayMs = taken.fault?.delayAnswerMs ?? 0;
      if (taken.fault && delayMs === 0) {
        // AWS JSON 1.1 error: HTTP 400 with the code in __type (the form moto and AWS both answer).
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify({ __type: taken.fault.code, message: taken.fault.message }));
        return;
      }
      const isGetParameters = req.headers['x-amz-target'] === 'AmazonSSM.GetParameters';
      const answer = isGetParameters
        ? getParameters(upstream, req.url ?? '/', req.headers, body)
        : forward(upstream, req.method ?? 'GET', req.url ?? '/', req.headers, body);
      answer.then(
        async (out) => {
          if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          const { 'content-length': _length, 'transfer-encoding': _encoding, connection: _connection, ...headers } = out.headers;
          res.writeHead(out.status, { ...headers, 'content-length': String(out.body.length) });
          res.end(out.body);
        },
        (error: unknown) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`ssm shim: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    });
  });
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(port, '127.0.0.1', () => {
      done({
        // Port 0 asks the system for a free one.
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => {
              closed();
            });
          }),
      });
    });
  });
}
