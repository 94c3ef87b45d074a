/**
 * Messages of the ranking screen (keys `screen.ranking.*`), owned by that screen. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {};

export const rankingMessages = { en, zhCN };
