/**
 * Where a constraint's spec path (`resources.budget`, `constraints.minPerKind.government`,
 * `constraints.exclusive[0]`, as the optimizer names conflicts) lives in the form: the
 * id of the form section to scroll to, and which section it is, for its label.
 */
export type ConstraintSection =
  | 'resources'
  | 'minPerKind'
  | 'maxPartners'
  | 'exclusive'
  | 'requires'
  | 'include'
  | 'exclude'
  | 'cover'
  | 'groups'
  | 'minScore'
  | 'objective'
  | 'coordinationCost';

export interface ConstraintLocation {
  readonly section: ConstraintSection;
  /** The resource, the partner kind, or the list index (as text) the path names. */
  readonly item?: string;
  /** The id of the element to scroll to and focus in. */
  readonly anchor: string;
}

const SECTIONS: readonly ConstraintSection[] = [
  'resources',
  'minPerKind',
  'maxPartners',
  'exclusive',
  'requires',
  'include',
  'exclude',
  'cover',
  'groups',
  'minScore',
  'objective',
  'coordinationCost',
];

export const sectionAnchor = (section: ConstraintSection, item?: string): string =>
  item === undefined ? `pf-${section}` : `pf-${section}-${item.replace(/[^\w-]/g, '_')}`;

export function locateConstraint(path: string): ConstraintLocation | undefined {
  const match = /^(?:constraints\.)?(\w+)(?:\.([^[\].]+)|\[(\d+)\])?/.exec(path);
  if (match === null) return undefined;
  const section = SECTIONS.find((s) => s === match[1]);
  if (section === undefined) return undefined;
  const item = match[2] ?? match[3];
  if (item === undefined) return { section, anchor: sectionAnchor(section) };
  return { section, item, anchor: sectionAnchor(section, item) };
}

/** Scrolls to the form field of a constraint and puts the focus in it. */
export function focusConstraint(location: ConstraintLocation): void {
  const target =
    document.getElementById(location.anchor) ??
    document.getElementById(sectionAnchor(location.section));
  if (target === null) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const focusable = target.querySelector<HTMLElement>(
    'input, button, [tabindex]:not([tabindex="-1"])',
  );
  (focusable ?? target).focus({ preventScroll: true });
}
