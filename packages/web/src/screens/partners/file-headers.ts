/**
 * The column names of an uploaded sheet, read in the browser for the mapping step: the
 * first record of a CSV (RFC 4180 quoting), or the first row of an XLSX's first sheet
 * (the zip is read with the browser's own DecompressionStream; no library shipped).
 */

export type ImportFileKind = 'csv' | 'xlsx' | 'spec';

export function fileKindOf(name: string): ImportFileKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml') || lower.endsWith('.json')) return 'spec';
  return undefined;
}

/** The fields of the first record of a CSV text. */
export function csvHeaders(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') break;
    else field += c;
  }
  fields.push(field.trim());
  return fields.filter((f) => f !== '');
}

async function inflate(data: Uint8Array, method: number): Promise<string> {
  if (method === 0) return new TextDecoder().decode(data);
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/** The zip entries whose names pass `wanted`, decompressed as text. */
async function readZip(bytes: Uint8Array, wanted: (name: string) => boolean) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return new Map<string, string>();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count && view.getUint32(at, true) === 0x02014b50; n++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (wanted(name)) {
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      entries.set(name, await inflate(bytes.subarray(start, start + size), method));
    }
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The first row of the first sheet of an XLSX file, or [] when it cannot be read. */
export async function xlsxHeaders(bytes: Uint8Array): Promise<string[]> {
  const files = await readZip(
    bytes,
    (name) => name === 'xl/sharedStrings.xml' || name.startsWith('xl/worksheets/sheet'),
  );
  const sheetName = [...files.keys()].filter((k) => k.startsWith('xl/worksheets/')).sort()[0];
  const sheet = sheetName === undefined ? undefined : files.get(sheetName);
  if (sheet === undefined) return [];
  const parser = new DOMParser();
  const shared = files.get('xl/sharedStrings.xml');
  const strings =
    shared === undefined
      ? []
      : [...parser.parseFromString(shared, 'application/xml').getElementsByTagName('si')].map(
          (si) => [...si.getElementsByTagName('t')].map((t) => t.textContent ?? '').join(''),
        );
  const row = parser.parseFromString(sheet, 'application/xml').getElementsByTagName('row')[0];
  if (row === undefined) return [];
  return [...row.getElementsByTagName('c')]
    .map((cell) => {
      const type = cell.getAttribute('t');
      if (type === 'inlineStr') {
        return [...cell.getElementsByTagName('t')].map((t) => t.textContent ?? '').join('');
      }
      const value = cell.getElementsByTagName('v')[0]?.textContent ?? '';
      return type === 's' ? (strings[Number(value)] ?? '') : value;
    })
    .map((h) => h.trim())
    .filter((h) => h !== '');
}
