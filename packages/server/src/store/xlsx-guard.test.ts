import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { xlsxZipBomb, zipOf } from '../test-support/hostile-payloads.js';
import { readTable } from './import-table.js';
import {
  defuseXlsx,
  listZipEntries,
  readZipDirectory,
  XLSX_LIMITS,
  ZipRefused,
} from './xlsx-guard.js';

async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Partners');
  sheet.addRow(['id', 'kind', 'cost']);
  sheet.addRow(['univ-a', 'academic', 0.8]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The entries of a ZIP as they are stored (compressed bytes copied, nothing inflated). */
function rawEntries(zip: Buffer) {
  return listZipEntries(zip).map((e) => {
    const at = e.localOffset;
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = Buffer.from(zip.subarray(start, start + e.compressed));
    return {
      name: e.name,
      data,
      size: e.size,
      crc: e.crc,
      method: e.method === 8 ? 8 : 0,
    } as const;
  });
}

describe('XLSX zip-bomb guard', () => {
  test('a 1 MB file that inflates to 1 GB is refused from its directory, before inflating', async () => {
    const bomb = await xlsxZipBomb();
    expect(bomb.length).toBeLessThan(1.5 * 1024 ** 2);
    const heapBefore = process.memoryUsage().rss;
    const started = performance.now();
    expect(() => defuseXlsx(bomb)).toThrow(/inflates 1\d{3}×|the limit is 64\.0 MiB/);
    expect(performance.now() - started).toBeLessThan(100);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(64 * 1024 ** 2);
    await expect(readTable('xlsx', bomb)).rejects.toThrow(ZipRefused);
  });

  test('a directory that lies about the size is caught by the capped inflate', async () => {
    const liar = await xlsxZipBomb(256 * 1024 ** 2, true);
    const started = performance.now();
    expect(() => defuseXlsx(liar)).toThrow(/inflates to more than the 1024 bytes/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  test('too many parts are refused', () => {
    const many = Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) => {
      const data = Buffer.from(`${i}`);
      return { name: `p${i}.xml`, data, size: data.length, crc: crc32(data), method: 0 as const };
    });
    expect(() => readZipDirectory(zipOf(many))).toThrow(/the limit is 1000/);
  });

  test('a real workbook reads as before; pictures (even a bomb among them) are ignored', async () => {
    const file = await realXlsx();
    expect(await readTable('xlsx', file)).toEqual({
      headers: ['id', 'kind', 'cost'],
      rows: [{ row: 2, cells: ['univ-a', 'academic', 0.8] }],
    });
    const bomb = rawEntries(await xlsxZipBomb(1024 ** 3)).find((e) =>
      e.name.endsWith('sheet1.xml'),
    );
    if (bomb === undefined) throw new Error('the bomb has no sheet');
    const withPicture = zipOf([...rawEntries(file), { ...bomb, name: 'xl/media/image1.png' }]);
    expect((await readTable('xlsx', withPicture)).rows).toHaveLength(1);
  });

  test('not a ZIP at all says so', () => {
    expect(() => defuseXlsx(Buffer.from('id,kind\na,academic\n'))).toThrow(/not an XLSX file/);
  });
});
