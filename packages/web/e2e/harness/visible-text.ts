/**
 * For the "everything is translated" checks: every piece of text a person can see or a
 * screen reader can hear on the page (text nodes of visible elements, aria-label,
 * placeholder, title and alt), and which of them are English messages of the app.
 */
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';

export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent === null || text === '') continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      texts.push(text);
    }
    for (const element of document.querySelectorAll<HTMLElement>(
      '[aria-label], [placeholder], [title], img[alt]',
    )) {
      if (!element.checkVisibility()) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each English message that has a different Chinese translation, as a pattern (params match
 * anything). Messages with no English word of three letters or more outside their params
 * (`{start} – {end}`, `{have} of {need}`) are left out: they would match any text of that
 * shape, Chinese included, or a partner's name ("Bureau of Riverton").
 */
const ENGLISH = Object.entries(en)
  .filter(([key, text]) => zhCN[key as keyof typeof en] !== text)
  .filter(([, text]) => /[A-Za-z]{3,}/.test(text.replace(/\{\w+\}/g, '')))
  .map(([key, text]) => ({
    key,
    pattern: new RegExp(
      `^${text
        .split(/\{\w+\}/)
        .map(escapeRegExp)
        .join('.+')}$`,
    ),
  }));

/** The texts on the page that are still English messages of the app (with their keys). */
export function untranslated(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    ENGLISH.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: "${text}"`),
  );
}
