import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from './contrast';
import { focusRingColor, shellColors, type ThemeMode, themeConfig } from './tokens';

describe('contrastRatio', () => {
  it('gives the WCAG figures for black and white, and blends translucent text', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes AA on white.
    expect(contrastRatio('#767676', '#fff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#fff')).toBeLessThan(4.5);
    expect(contrastRatio('rgba(0, 0, 0, 0.45)', '#ffffff')).toBeLessThan(4.5);
    expect(parseColor('#0b57d0cc').a).toBeCloseTo(0.8, 2);
  });
});

describe.each<ThemeMode>(['light', 'dark'])('the %s theme', (mode) => {
  const token = theme.getDesignToken(themeConfig(mode));
  const backgrounds = {
    colorBgContainer: token.colorBgContainer,
    colorBgLayout: token.colorBgLayout,
    colorBgElevated: token.colorBgElevated,
  };
  const texts = {
    colorText: token.colorText,
    colorTextSecondary: token.colorTextSecondary,
    colorTextTertiary: token.colorTextTertiary,
    colorTextDescription: token.colorTextDescription,
    colorTextPlaceholder: token.colorTextPlaceholder,
    colorTextLabel: token.colorTextLabel,
    colorLink: token.colorLink,
    colorError: token.colorError,
    colorErrorText: token.colorErrorText,
    colorSuccessText: token.colorSuccessText,
    colorWarningText: token.colorWarningText,
  };

  for (const [textName, text] of Object.entries(texts)) {
    for (const [bgName, bg] of Object.entries(backgrounds)) {
      it(`${textName} on ${bgName} passes AA (4.5:1)`, () => {
        expect(contrastRatio(text, bg), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  const fills = ['colorPrimary', 'colorPrimaryHover', 'colorPrimaryActive', 'colorError'] as const;
  for (const fill of fills) {
    it(`button text on ${fill} passes AA`, () => {
      const ratio = contrastRatio(token.colorTextLightSolid, token[fill]);
      expect(ratio, `${token.colorTextLightSolid} on ${token[fill]}`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the navigation passes AA, selected or hovered', () => {
    const shell = shellColors(mode);
    for (const [text, bg] of [
      [shell.navText, shell.navHoverBg],
      [shell.navSelectedText, shell.navSelectedBg],
      [shell.navText, 'rgba(0, 0, 0, 0)'],
    ] as const) {
      expect(contrastRatio(text, bg, shell.siderBg), `${text} on ${bg}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
    expect(contrastRatio(token.colorText, shell.headerBg)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring stands out (3:1) on every background', () => {
    for (const bg of Object.values(backgrounds)) {
      expect(contrastRatio(focusRingColor(mode), bg)).toBeGreaterThanOrEqual(3);
    }
  });
});
