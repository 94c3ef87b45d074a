/**
 * Messages of the partners screen (keys `screen.partners.*`), owned by that screen. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {};

export const partnersMessages = { en, zhCN };
