import pc from 'picocolors';

/** Colour functions, switched off for pipes, NO_COLOR and `--json`. */
export type Style = ReturnType<typeof pc.createColors>;

export const createStyle = (enabled: boolean): Style => pc.createColors(enabled);
