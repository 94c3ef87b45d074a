/**
 * An XLSX file is a ZIP, and a ZIP can promise gigabytes from a megabyte (a "zip bomb").
 * Before anything is inflated, the central directory is read and checked: entry count,
 * total uncompressed size and each entry's compression ratio. Then only the parts a
 * table needs are inflated (pictures and embedded objects are dropped unread), each with
 * a cap on its output, so a directory that lies about sizes cannot get past either. The
 * result is a new ZIP of stored (uncompressed) parts, which the spreadsheet reader opens
 * without inflating anything.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export const XLSX_LIMITS = {
  /** Parts in the archive (a workbook has a dozen or so). */
  maxEntries: 1_000,
  /** Bytes once inflated, all parts kept together. */
  maxBytes: 64 * 1024 ** 2,
  /** Uncompressed / compressed, for parts above 1 MiB (XML compresses 5-20×). */
  maxRatio: 200,
} as const;

const MIB = 1024 ** 2;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipRefused extends Error {}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly localOffset: number;
}

/** Pictures, embedded files and printer settings: never needed to read cells. */
const isMedia = (name: string): boolean =>
  /^xl\/(media|embeddings|printerSettings|activeX)\//i.test(name) ||
  /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|bin|vml)$/i.test(name);

function findEnd(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= earliest; i--) {
    if (zip.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipRefused('not an XLSX file (no ZIP directory found)');
}

/** The central directory's entries as they are (nothing inflated, sizes not checked). */
export function listZipEntries(zip: Buffer): Entry[] {
  if (zip.length < 22) throw new ZipRefused('not an XLSX file (too short to be a ZIP)');
  const end = findEnd(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new ZipRefused('ZIP64 archives are not accepted; a workbook of partners is far smaller');
  }
  if (count > XLSX_LIMITS.maxEntries) {
    throw new ZipRefused(`the file has ${count} parts; the limit is ${XLSX_LIMITS.maxEntries}`);
  }
  if (offset + size > end) throw new ZipRefused('the ZIP directory is damaged');
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) {
      throw new ZipRefused('the ZIP directory is damaged');
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The central directory's entries, checked against the limits (nothing inflated). */
export function readZipDirectory(zip: Buffer): Entry[] {
  const entries = listZipEntries(zip);
  let total = 0;
  for (const e of entries) {
    if (isMedia(e.name)) continue;
    total += e.size;
    if (e.size > MIB && e.size > e.compressed * XLSX_LIMITS.maxRatio) {
      throw new ZipRefused(
        `part ${e.name} inflates ${Math.round(e.size / Math.max(1, e.compressed))}× (to ${mib(e.size)}); the limit is ${XLSX_LIMITS.maxRatio}×`,
      );
    }
  }
  if (total > XLSX_LIMITS.maxBytes) {
    throw new ZipRefused(
      `the file inflates to ${mib(total)}; the limit is ${mib(XLSX_LIMITS.maxBytes)}`,
    );
  }
  return entries;
}

const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;

function inflateEntry(zip: Buffer, e: Entry): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) {
    throw new ZipRefused(`part ${e.name} is damaged`);
  }
  if (e.flags & 1) throw new ZipRefused('encrypted workbooks cannot be read');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + e.compressed);
  let out: Buffer;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      // The cap is the size the directory promised: a lie cannot inflate past it.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new ZipRefused(
        code === 'ERR_BUFFER_TOO_LARGE'
          ? `part ${e.name} inflates to more than the ${e.size} bytes its directory entry says`
          : `part ${e.name} cannot be inflated`,
      );
    }
  } else throw new ZipRefused(`part ${e.name} uses an unsupported compression method`);
  if (out.length !== e.size) {
    throw new ZipRefused(`part ${e.name} is not the size its directory entry says`);
  }
  return out;
}

/** The ZIP's non-media parts, checked and inflated under the limits, as a stored ZIP. */
export function defuseXlsx(zip: Buffer): Buffer {
  const entries = readZipDirectory(zip).filter((e) => !isMedia(e.name) && !e.name.endsWith('/'));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = inflateEntry(zip, e);
    const crc = crc32(data);
    if (crc !== e.crc) throw new ZipRefused(`part ${e.name} is damaged (checksum)`);
    const name = Buffer.from(e.name, 'utf8');
    const header = (signature: number, length: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(LOCAL, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(CENTRAL, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header22(entries.length, directory.length, offset);
  return Buffer.concat([...locals, directory, end]);
}

function header22(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
