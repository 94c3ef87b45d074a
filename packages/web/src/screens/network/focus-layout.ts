/**
 * Places a focus view for drawing: the centre in the middle, its neighbours on a circle
 * grouped by type (partners, capabilities, domains, agreements, ...), so a node and its
 * neighbourhood read at a glance and the picture does not move between visits.
 */
export interface PlacedNode {
  readonly key: string;
  readonly type: string;
  readonly x: number;
  readonly y: number;
  readonly center: boolean;
}

const ORDER = ['organisation', 'self', 'agreement', 'ip', 'person', 'capability', 'domain'];

export function placeFocus(
  center: string,
  nodes: readonly { readonly key: string; readonly node: { readonly type: string } }[],
  radius = 220,
): PlacedNode[] {
  const rank = (type: string) => {
    const i = ORDER.indexOf(type);
    return i < 0 ? ORDER.length : i;
  };
  const around = nodes
    .filter((n) => n.key !== center)
    .sort((a, b) => rank(a.node.type) - rank(b.node.type) || (a.key < b.key ? -1 : 1));
  const placed: PlacedNode[] = [];
  const middle = nodes.find((n) => n.key === center);
  if (middle) placed.push({ key: center, type: middle.node.type, x: 0, y: 0, center: true });
  around.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, around.length) - Math.PI / 2;
    placed.push({
      key: n.key,
      type: n.node.type,
      x: Math.round(radius * Math.cos(angle) * 1000) / 1000,
      y: Math.round(radius * Math.sin(angle) * 1000) / 1000,
      center: false,
    });
  });
  return placed;
}
