import type { ImportFileKind } from './file-headers';

/** A file picked for import, with what was read of it before any upload. */
export interface ChosenFile {
  readonly file: File;
  readonly kind: ImportFileKind;
  /** The sheet's column names (empty when they could not be read). */
  readonly headers: readonly string[];
}
