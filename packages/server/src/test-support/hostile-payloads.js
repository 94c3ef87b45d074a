/**
 * The payloads of issue 10 ("Hostile input and abuse"), shared by the hostile-input
 * tests and bench/hostile-load.mjs. Plain JavaScript (types in hostile-payloads.d.ts) so
 * that the bench, which runs on Node without a build step for tests, imports this very
 * file: one copy of every payload.
 */
import { crc32, createDeflateRaw, constants as zlibConstants } from 'node:zlib';

/** A spec of about 163 KB: one 80,000-element anchor referenced 990 times. */
export function aliasFanOutSpec(elements = 80_000, uses = 990) {
  const anchor = Array.from({ length: elements }, () => '0').join(',');
  const refs = Array.from({ length: uses }, () => '  - *x').join('\n');
  return `version: 1\nx: &x [${anchor}]\npartners:\n${refs}\n`;
}

/** JSON arrays nested `depth` deep around one value. */
export const deepJson = (depth, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

/** A CSV of `rows` partner rows (about 5.5 MB at 60,000 rows). */
export function largeCsv(rows = 60_000) {
  const lines = ['id,name,kind,cost,return,notes'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `p-${i},Partner number ${i},academic,${(i % 97) + 1},${(i % 89) + 2},${'x'.repeat(55)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Raw deflate of `bytes` zero bytes without producing them: after the first megabyte the
 * compressor's window is all zeros, so every further megabyte compresses to the same bytes.
 */
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
  const chunks = Math.ceil(bytes / chunk);
  const parts = [first, ...Array.from({ length: chunks - 1 }, () => steady)];
  // An empty final stored block ends the stream.
  parts.push(Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]));
  return Buffer.concat(parts);
}

/**
 * A ZIP of the given entries (`{ name, data, size, crc, method: 0 | 8 }`); `declaredSize`
 * lets a test lie about an entry's size.
 */
export function zipOf(entries, declaredSize) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = declaredSize?.(e) ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
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

/**
 * An XLSX whose first sheet inflates to `bytes` (1 GB by default) from about 1 MB: the
 * workbook parts are real, the sheet is zeros. With `lie`, the directory claims 1 KB.
 */
export async function xlsxZipBomb(bytes = 1024 ** 3, lie = false) {
  const data = await deflatedZeros(bytes);
  let crc = 0;
  const mb = Buffer.alloc(1024 * 1024);
  for (let done = 0; done < bytes; done += mb.length)
    crc = crc32(mb.subarray(0, Math.min(mb.length, bytes - done)), crc);
  const sheet = { name: 'xl/worksheets/sheet1.xml', data, size: bytes, crc, method: 8 };
  const entries = [
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    stored(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    stored(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Partners" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    stored(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ];
  return zipOf(entries, lie ? (e) => (e === sheet ? 1024 : e.size) : undefined);
}

/**
 * A portfolio spec (JSON) whose optimisation is hard: `partners` candidates competing for
 * `resources` tight, correlated capacities with pairwise synergies (a multidimensional
 * knapsack with a quadratic term), so that HiGHS works until its time limit rather than
 * proving the optimum at once. Seeded: the same arguments give the same spec.
 */
export function hardOptimizeSpec(partners = 160, resources = 8, seed = 7) {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: enough for a spread of coefficients, reproducible everywhere
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  const ids = Array.from({ length: partners }, (_, i) => `p-${i}`);
  const names = Array.from({ length: resources }, (_, r) => `r${r}`);
  const list = ids.map((id) => {
    const uses = Object.fromEntries(names.map((r) => [r, Math.round(20 + next() * 80)]));
    const load = Object.values(uses).reduce((a, b) => a + b, 0) / resources;
    return {
      id,
      kind: 'enterprise',
      scores: { value: Math.round(1 + next() * 9) },
      cost: Math.round(load * 2),
      return: Math.round(load * 3 + next() * 40),
      uses,
    };
  });
  const synergies = Array.from({ length: partners }, (_, i) => ({
    between: [ids[i], ids[(i * 7 + 3) % partners]],
    value: Math.round(5 + next() * 20),
  })).filter((s) => s.between[0] !== s.between[1]);
  return JSON.stringify({
    version: 1,
    organization: 'Hard Optimize Ltd',
    unit: 'USD k',
    criteria: [{ id: 'value', name: 'Value', kind: 'benefit', weight: 1 }],
    resources: Object.fromEntries(names.map((r) => [r, Math.round(partners * 60 * 0.3)])),
    partners: list,
    synergies,
  });
}
