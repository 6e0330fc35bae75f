import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { present } from '../present.ts';
import { SsmError } from './ssm-error.ts';

/**
 * The KMS keys a SecureString may name. SSM accepts a key id, a key ARN, an
 * alias name or an alias ARN; an unknown one fails PutParameter with
 * InvalidKeyId carrying KMS's own NotFoundException text, as the real
 * service relays it.
 */

export const DEFAULT_SSM_KEY_ALIAS = 'alias/aws/ssm';

export interface KmsKey {
  keyId: string;
  keyArn: string;
  aliases: string[];
}

const KEY_ID_PATTERN = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
const ARN_PATTERN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):(key|alias)\/(.+)$/;

/** A stable key id for an alias configured without one, so ARNs stay the same across restarts. */
function keyIdForAlias(alias: string): string {
  const hex = createHash('sha256').update(`local-kms:${alias}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** KMS's error text as SSM passes it through in InvalidKeyId. */
function kmsNotFound(detail: string): SsmError {
  return new SsmError('InvalidKeyId', `${detail} (Service: AWSKMS; Status Code: 400; Error Code: NotFoundException; Request ID: ${randomUUID()}; Proxy: null)`);
}

export class KmsKeyRing {
  readonly region: string;
  readonly accountId: string;
  readonly #keys = new Map<string, KmsKey>();
  readonly #aliases = new Map<string, KmsKey>();
  /** Seals ciphertexts so that they are opaque and differ per server. */
  readonly #sealingSecret = randomBytes(32);

  constructor(region: string, accountId: string, configuredKeys: readonly string[] = []) {
    this.region = region;
    this.accountId = accountId;
    this.add(DEFAULT_SSM_KEY_ALIAS);
    for (const reference of configuredKeys) this.add(reference);
  }

  /**
   * Makes a key known. Accepts the forms SSM accepts: `alias/name`, an alias
   * ARN, a key id (UUID or `mrk-…`) or a key ARN. An alias gets a key of its own.
   */
  add(reference: string): KmsKey {
    const arn = ARN_PATTERN.exec(reference);
    if (arn && (arn[1] !== this.region || arn[2] !== this.accountId)) {
      throw new Error(`KMS key ${reference} is not in region ${this.region} of account ${this.accountId}`);
    }
    const kind = arn ? arn[3] : reference.startsWith('alias/') ? 'alias' : 'key';
    const rest = arn ? present(arn[4], 'key ARN resource') : reference.startsWith('alias/') ? reference.slice('alias/'.length) : reference;
    if (kind === 'alias') {
      const alias = `alias/${rest}`;
      const existing = this.#aliases.get(alias);
      if (existing) return existing;
      const key = this.#keyFor(keyIdForAlias(alias));
      key.aliases.push(alias);
      this.#aliases.set(alias, key);
      return key;
    }
    if (!KEY_ID_PATTERN.test(rest)) throw new Error(`"${reference}" is not a KMS key id, key ARN, alias name or alias ARN`);
    return this.#keyFor(rest);
  }

  /** The key a KeyId names, or InvalidKeyId. */
  resolve(reference: string): KmsKey {
    const arn = ARN_PATTERN.exec(reference);
    let key: KmsKey | undefined;
    if (arn) {
      const [, region, account, kind, rest] = arn as unknown as [string, string, string, string, string];
      if (region === this.region && account === this.accountId) {
        key = kind === 'alias' ? this.#aliases.get(`alias/${rest}`) : this.#keys.get(rest);
      }
    } else if (reference.startsWith('alias/')) {
      key = this.#aliases.get(reference);
    } else {
      key = this.#keys.get(reference);
    }
    if (!key) throw this.notFound(reference);
    return key;
  }

  /** InvalidKeyId with the text KMS gives for a key reference it cannot find. */
  notFound(reference: string): SsmError {
    const arn = ARN_PATTERN.exec(reference);
    if (arn) {
      return arn[3] === 'alias' ? kmsNotFound(`Alias ${reference} is not found.`) : kmsNotFound(`Key '${reference}' does not exist`);
    }
    if (reference.startsWith('alias/')) {
      return kmsNotFound(`Alias arn:aws:kms:${this.region}:${this.accountId}:${reference} is not found.`);
    }
    if (!KEY_ID_PATTERN.test(reference)) return kmsNotFound(`Invalid keyId ${reference}`);
    return kmsNotFound(`Key 'arn:aws:kms:${this.region}:${this.accountId}:key/${reference}' does not exist`);
  }

  list(): KmsKey[] {
    return [...this.#keys.values()].map((key) => ({ ...key, aliases: [...key.aliases] }));
  }

  /**
   * An opaque stand-in for the KMS ciphertext blob SSM returns when a
   * SecureString is read without decryption: it starts like a real blob
   * ("AQICAHh…"), is fixed per version, and reveals nothing of the value.
   */
  seal(key: KmsKey, parameterName: string, version: number, value: string): string {
    const header = Buffer.from([0x01, 0x02, 0x02, 0x00, 0x78]);
    const keyDigest = createHash('sha256').update(key.keyArn).digest();
    const nonce = randomBytes(12);
    const mac = createHmac('sha256', this.#sealingSecret).update(`${parameterName}\u0000${version}\u0000`).update(nonce).update(value).digest();
    const body = createHmac('sha512', this.#sealingSecret).update(mac).update(value).digest();
    return Buffer.concat([header, keyDigest, nonce, mac, body]).toString('base64');
  }

  #keyFor(keyId: string): KmsKey {
    let key = this.#keys.get(keyId);
    if (!key) {
      key = { keyId, keyArn: `arn:aws:kms:${this.region}:${this.accountId}:key/${keyId}`, aliases: [] };
      this.#keys.set(keyId, key);
    }
    return key;
  }
}
