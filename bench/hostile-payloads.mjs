/**
 * Issue 10's hostile payloads for bench/hostile-load.mjs: the same constructions as the
 * tests' packages/server/src/test-support/hostile-payloads.ts (which the build leaves out,
 * so the bench keeps this plain-JS copy): a YAML alias fan-out, deep JSON, a 1 MB → 1 GB
 * XLSX zip bomb.
 */
import { crc32, createDeflateRaw, constants as zlibConstants } from 'node:zlib';

/** About 163 KB: one 80,000-element anchor referenced 990 times. */
export function aliasFanOutSpec(elements = 80_000, uses = 990) {
  const anchor = Array.from({ length: elements }, () => '0').join(',');
  const refs = Array.from({ length: uses }, () => '  - *x').join('\n');
  return `version: 1\nx: &x [${anchor}]\npartners:\n${refs}\n`;
}

export const deepJson = (depth, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

/** Raw deflate of `bytes` zeros: after the first MiB every MiB compresses to the same bytes. */
async function deflatedZeros(bytes) {
  const chunk = 1024 * 1024;
  const deflater = createDeflateRaw({ level: 9 });
  const out = [];
  deflater.on('data', (b) => out.push(b));
  const flushChunk = () =>
    new Promise((resolve) => {
      const before = out.length;
      deflater.write(Buffer.alloc(chunk));
      deflater.flush(zlibConstants.Z_FULL_FLUSH, () => resolve(Buffer.concat(out.splice(before))));
    });
  const first = await flushChunk();
  const steady = await flushChunk();
  deflater.end();
  const parts = [first, ...Array.from({ length: Math.ceil(bytes / chunk) - 1 }, () => steady)];
  parts.push(Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]));
  return Buffer.concat(parts);
}

function zipOf(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const stored = (name, text) => {
  const data = Buffer.from(text, 'utf8');
  return { name, data, size: data.length, crc: crc32(data), method: 0 };
};

/** An XLSX whose sheet inflates to `bytes` (1 GB) from about 1 MB. */
export async function xlsxZipBomb(bytes = 1024 ** 3) {
  const data = await deflatedZeros(bytes);
  let crc = 0;
  const mb = Buffer.alloc(1024 * 1024);
  for (let done = 0; done < bytes; done += mb.length) {
    crc = crc32(mb.subarray(0, Math.min(mb.length, bytes - done)), crc);
  }
  const ns = 'http://schemas.openxmlformats.org';
  return zipOf([
    stored(
      '[Content_Types].xml',
      `<?xml version="1.0"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    stored(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    stored(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${ns}/spreadsheetml/2006/main"><sheets><sheet name="P" sheetId="1"/></sheets></workbook>`,
    ),
    { name: 'xl/worksheets/sheet1.xml', data, size: bytes, crc, method: 8 },
  ]);
}
