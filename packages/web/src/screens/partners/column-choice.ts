/** Which columns of the partner table are shown: the person's choice, kept in localStorage. */
export const COLUMNS = [
  'id',
  'name',
  'kind',
  'status',
  'domains',
  'offers',
  'cost',
  'return',
  'updatedAt',
] as const;
export type ColumnId = (typeof COLUMNS)[number];

export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'name',
  'id',
  'kind',
  'status',
  'domains',
  'offers',
  'cost',
  'return',
];

const KEY = 'partnerfolio.partners.columns';
const isColumn = (value: unknown): value is ColumnId =>
  typeof value === 'string' && (COLUMNS as readonly string[]).includes(value);

export function readColumns(): readonly ColumnId[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (Array.isArray(raw)) {
      const columns = raw.filter(isColumn);
      if (columns.length > 0) return columns;
    }
  } catch {
    // A damaged or unavailable store falls back to the default: nothing to tell the user.
  }
  return DEFAULT_COLUMNS;
}

export function writeColumns(columns: readonly ColumnId[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(columns));
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}
