/** What each money term's fields get from the terms editor. */
export interface TermFieldsProps {
  /** The term's index in the list (its relative name) and so its path `terms[i]`. */
  readonly index: number;
  readonly parties: readonly string[];
  readonly partyName: (party: string) => string;
}
