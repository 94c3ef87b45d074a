/**
 * WCAG 2 contrast: relative luminance and contrast ratio of CSS colours as Ant Design's
 * tokens spell them (`#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()`, `rgba()`), with translucent
 * colours blended over their background first. The theme test uses it to hold both
 * themes to AA (4.5:1 for text, 3:1 for focus rings and large text).
 */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

export function parseColor(css: string): Rgba {
  const text = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex !== undefined && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(text)?.[1];
  if (fn !== undefined) {
    const parts = fn.split(/[\s,/]+/).filter((p) => p !== '');
    const [r, g, b, a] = parts.map((p) =>
      p.endsWith('%') ? Number.parseFloat(p) / 100 : Number.parseFloat(p),
    );
    if (r !== undefined && g !== undefined && b !== undefined) {
      return { r, g, b, a: a ?? 1 };
    }
  }
  throw new Error(`not a colour this helper reads: ${css}`);
}

/** `top` painted over an opaque `bottom`. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function luminance({ r, g, b }: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The contrast ratio (1 to 21) of `foreground` over `background`, itself painted over
 * `base` (white unless said: a translucent background needs what lies under it).
 */
export function contrastRatio(foreground: string, background: string, base = '#ffffff'): number {
  const bg = blend(
    parseColor(background),
    blend(parseColor(base), { r: 255, g: 255, b: 255, a: 1 }),
  );
  const fg = blend(parseColor(foreground), bg);
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
