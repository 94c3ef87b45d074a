import { describe, expect, it } from 'vitest';
import { csvHeaders, fileKindOf } from './file-headers';

describe('file headers', () => {
  it('reads the first CSV record, with quotes and a byte-order mark', () => {
    expect(csvHeaders('\ufeffid,"Name, full","say ""hi"""\r\na,b,c\n')).toEqual([
      'id',
      'Name, full',
      'say "hi"',
    ]);
    expect(csvHeaders('id\n')).toEqual(['id']);
  });

  it('tells sheets from specs by the file name', () => {
    expect(fileKindOf('partners.CSV')).toBe('csv');
    expect(fileKindOf('p.xlsx')).toBe('xlsx');
    expect(fileKindOf('demo.yaml')).toBe('spec');
    expect(fileKindOf('demo.json')).toBe('spec');
    expect(fileKindOf('notes.txt')).toBeUndefined();
  });
});
