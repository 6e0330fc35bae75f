import { describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mergeAnswers, selectorOf, startSsmShim, takeFault } from '../../e2e/world/ssm-shim.ts';
import type { Fault } from '../../e2e/world/ssm-shim.ts';

// The e2e tier's front for moto: AWS's GetParameters answers carry Parameter.Selector, "the version
// number or the label used to retrieve the parameter value" (AWS API reference, Parameter).

describe('the selector a GetParameters name asks with', () => {
  test.each([
    ['/team/app/token', undefined],
    ['/team/app/token:current', ':current'],
    ['/team/app/token:3', ':3'],
    ['arn:aws:ssm:eu-west-1:123456789012:parameter/team/app/token', undefined],
    ['arn:aws:ssm:eu-west-1:123456789012:parameter/team/app/token:previous', ':previous'],
  ])('%s -> %s', (asked, selector) => {
    expect(selectorOf(asked)).toBe(selector);
  });
});

describe('one answer from the single-name answers', () => {
  test('each parameter carries the selector it was asked by; a plain name none; the invalid names are kept', () => {
    const merged = mergeAnswers([
      { asked: '/p:current', answer: { Parameters: [{ Name: '/p', Version: 2 }], InvalidParameters: [] } },
      { asked: '/p:previous', answer: { Parameters: [{ Name: '/p', Version: 1 }], InvalidParameters: [] } },
      { asked: '/p', answer: { Parameters: [{ Name: '/p', Version: 2 }] } },
      { asked: '/p:9', answer: { Parameters: [], InvalidParameters: ['/p:9'] } },
    ]);
    expect(merged).toEqual({
      Parameters: [
        { Name: '/p', Version: 2, Selector: ':current' },
        { Name: '/p', Version: 1, Selector: ':previous' },
        { Name: '/p', Version: 2 },
      ],
      InvalidParameters: ['/p:9'],
    });
  });
});

describe('the injected faults', () => {
  const once: Fault = { target: 'AmazonSSM.GetParameter', userAgent: 'aws-sdk-go/', times: 1, code: 'AccessDeniedException', message: 'denied' };
  test('a fault takes only its operation from its client, and is used up after its count', () => {
    expect(takeFault([once], 'AmazonSSM.GetParameters', 'aws-sdk-go/1.55.6')).toEqual({ rest: [once] });
    expect(takeFault([once], 'AmazonSSM.GetParameter', 'aws-sdk-js/3.1')).toEqual({ rest: [once] });
    expect(takeFault([once], 'AmazonSSM.GetParameter', 'aws-sdk-go/1.55.6')).toEqual({ fault: once, rest: [] });
    expect(takeFault([{ ...once, times: 3 }], 'AmazonSSM.GetParameter', 'aws-sdk-go/1.55.6').rest).toEqual([{ ...once, times: 2 }]);
  });
  test('a fault without a count stays', () => {
    const { times: _times, ...forever } = once;
    expect(takeFault([forever], 'AmazonSSM.GetParameter', 'aws-sdk-go/1.55.6')).toEqual({ fault: forever, rest: [forever] });
  });
});

describe('a held answer (delayAnswerMs): the call lands, its answer waits', () => {
  test("moto has the request while the caller still waits, then the caller gets moto's answer", async () => {
    const landed: string[] = [];
    const upstream = createServer((req, res) => {
      landed.push(String(req.headers['x-amz-target']));
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{"Version":2}');
    });
    await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
    const shim = await startSsmShim(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, 0);
    try {
      const fault = { target: 'AmazonSSM.LabelParameterVersion', userAgent: 'aws-sdk-js/', times: 1, delayAnswerMs: 400 };
      expect((await fetch(`${shim.url}/e2e/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
      let answered = false;
      const call = fetch(shim.url, {
        method: 'POST',
        headers: { 'x-amz-target': 'AmazonSSM.LabelParameterVersion', 'user-agent': 'aws-sdk-js/3.1' },
        body: '{}',
      }).then(async (res) => {
        answered = true;
        return { status: res.status, body: await res.text() };
      });
      while (landed.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      expect({ landed, answered }).toEqual({ landed: ['AmazonSSM.LabelParameterVersion'], answered: false });
      expect(await call).toEqual({ status: 200, body: '{"Version":2}' });
    } finally {
      await shim.close();
      upstream.close();
    }
  });
});
