import { Buffer } from 'node:buffer';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';

const deflateRawLater = promisify(deflateRaw);

/** One file of a zip: its name, its bytes, and the deflate level (0 = stored as is). */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  level: number;
}

/** An entry compressed and ready to be placed in a zip. */
export interface PreparedEntry {
  name: string;
  /** The stored bytes: deflated (method 8) or as is (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

/** Compresses one entry now, so that its uncompressed bytes can be let go before the zip is made. */
export function prepareEntry(e: ZipEntry): PreparedEntry {
  return prepared(e, e.level === 0 ? e.bytes : deflateRawSync(e.bytes, { level: e.level }));
}

/** An entry with its stored bytes (`data`: deflated, or the bytes themselves at level 0). */
function prepared(e: ZipEntry, data: Uint8Array): PreparedEntry {
  return { name: e.name, data, method: e.level === 0 ? 0 : 8, crc: crc32(e.bytes), size: e.bytes.length };
}

/**
 * As prepareEntry, deflated on libuv's thread pool (the other core) instead of this thread: the
 * build renders pages meanwhile. Same zlib, same options, so the same bytes.
 */
export async function prepareEntryLater(e: ZipEntry): Promise<PreparedEntry> {
  return prepared(e, e.level === 0 ? e.bytes : await deflateRawLater(e.bytes, { level: e.level }));
}

/** As zipFiles, each entry deflated on the thread pool, one after the other (one entry's copy at a time). */
export async function zipFilesLater(entries: (ZipEntry | PreparedEntry)[], mtime: Date): Promise<Uint8Array> {
  const prepared: PreparedEntry[] = [];
  for (const e of entries) prepared.push('data' in e ? e : await prepareEntryLater(e));
  return zipFiles(prepared, mtime);
}

/**
 * A zip archive (PKWARE APPNOTE, no ZIP64), deflated by Node's native zlib. Written here rather
 * than with fflate because the bundles hold hundreds of megabytes of text at 3,321 communes and
 * the pure-JS deflate was the slowest stage of the build. Deterministic: the entries in the order
 * given, every entry stamped with `mtime` (local DOS time, as fflate wrote it), no extra fields.
 */
export function zipFiles(entries: (ZipEntry | PreparedEntry)[], mtime: Date): Uint8Array {
  if (entries.length > 0xffff) throw new Error(`a zip without ZIP64 holds at most 65,535 files, not ${entries.length}`);
  const time = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
  const date = ((mtime.getFullYear() - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const e = 'data' in entry ? entry : prepareEntry(entry);
    const name = Buffer.from(e.name, 'utf8');
    const { data, crc, method } = e;
    const flags = /^[\x20-\x7e]*$/.test(e.name) ? 0 : 0x0800; // bit 11: the name is UTF-8
    if (offset > 0xffffffff || data.length > 0xffffffff || e.size > 0xffffffff) {
      throw new Error(`${e.name}: a zip without ZIP64 holds files and offsets under 4 GB`);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const size = central.reduce((n, p) => n + p.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...parts, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
