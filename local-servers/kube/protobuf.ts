// The little of Kubernetes' protobuf encoding the server reads: kubectl sends built-in kinds it
// creates (e.g. a SelfSubjectRulesReview for `kubectl auth can-i --list`) as
// application/vnd.kubernetes.protobuf, and accepts JSON back. The encoding
// (k8s.io/apimachinery/pkg/runtime/serializer/protobuf): the 4-byte prefix "k8s\0", then a
// runtime.Unknown message { typeMeta = 1 { apiVersion = 1, kind = 2 }, raw = 2,
// contentEncoding = 3, contentType = 4 }, `raw` being the object's own message.

export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';
const PREFIX = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

/** Field number -> the last length-delimited value with it; varint and fixed fields are skipped. */
export function protobufFields(bytes: Buffer): Map<number, Buffer> {
  const fields = new Map<number, Buffer>();
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (at >= bytes.length) throw new Error('truncated varint');
      const byte = bytes[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
      shift += 7;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    switch (key & 7) {
      case 0:
        varint();
        break;
      case 1:
        at += 8;
        break;
      case 2: {
        const length = varint();
        if (at + length > bytes.length) throw new Error('truncated field');
        fields.set(field, bytes.subarray(at, at + length));
        at += length;
        break;
      }
      case 5:
        at += 4;
        break;
      default:
        throw new Error(`unsupported wire type ${key & 7}`);
    }
  }
  return fields;
}

/** The object message inside a Kubernetes protobuf envelope, with its apiVersion and kind. */
export function unwrapEnvelope(body: Buffer): { apiVersion: string; kind: string; raw: Buffer } {
  if (!body.subarray(0, 4).equals(PREFIX)) throw new Error('the body does not start with the k8s protobuf prefix');
  const unknown = protobufFields(body.subarray(4));
  const typeMeta = protobufFields(unknown.get(1) ?? Buffer.alloc(0));
  return {
    apiVersion: (typeMeta.get(1) ?? Buffer.alloc(0)).toString('utf8'),
    kind: (typeMeta.get(2) ?? Buffer.alloc(0)).toString('utf8'),
    raw: unknown.get(2) ?? Buffer.alloc(0),
  };
}
