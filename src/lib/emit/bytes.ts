import { Buffer } from 'node:buffer';

const encoder = new TextEncoder();

/**
 * UTF-8 text written into one byte array sized up front from an estimate. Large byte arrays are
 * what make V8 run full garbage collections (one for every few tens of megabytes allocated), so
 * the array is allocated about once instead of doubled and copied as it fills.
 */
export class ByteWriter {
  private bytes: Uint8Array;
  length = 0;

  constructor(estimate: number) {
    this.bytes = new Uint8Array(Math.max(1024, Math.ceil(estimate)));
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: make room for the worst case, then encode.
    if (this.length + text.length * 3 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(Math.ceil(this.bytes.length * 1.25), this.length + text.length * 3));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** Leaves `n` bytes (zeros) to be filled in later. */
  skip(n: number): void {
    this.writeBytes(new Uint8Array(n));
  }

  writeBytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(Math.ceil(this.bytes.length * 1.25), this.length + bytes.length));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Starts over, keeping the array: a scratch buffer reused for one part after another. */
  reset(estimate: number): void {
    this.length = 0;
    if (estimate > this.bytes.length) this.bytes = new Uint8Array(Math.ceil(estimate));
  }

  /** The bytes written so far, as a view (valid until the next write or reset). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** The bytes written; a little slack is cheaper kept than copied away. */
  result(): Uint8Array {
    return this.length >= this.bytes.length * 0.9 ? this.bytes.subarray(0, this.length) : this.bytes.slice(0, this.length);
  }
}

/** Estimated UTF-8 size of `count` items from the texts of the first few. */
export function estimateBytes(sample: string[], count: number): number {
  const sampled = sample.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return (sampled / Math.max(1, sample.length)) * count * 1.02;
}
