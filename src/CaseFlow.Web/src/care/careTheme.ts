import type { ThemeConfig } from 'antd';

/**
 * The base theme: a darker primary blue and darker secondary text than antd's defaults, so that links, selected menu items
 * and secondary text reach a 4.5:1 contrast on white (WCAG 2.1 AA, as GB/T 37668-2019 asks; checked by the axe tests).
 */
export const baseTheme: ThemeConfig = {
  token: {
    fontFamily: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
  },
};

/** 关怀模式 (适老化): larger text and controls, near-black text and stronger borders (GB/T 37668-2019). */
export const careTheme: ThemeConfig = {
  token: {
    fontSize: 18,
    fontSizeSM: 16,
    fontSizeLG: 20,
    fontSizeHeading4: 24,
    fontSizeHeading3: 28,
    controlHeight: 44,
    controlHeightSM: 36,
    controlHeightLG: 52,
    lineWidth: 2,
    colorPrimary: '#003eb3',
    colorLink: '#003eb3',
    colorText: '#000000',
    colorTextSecondary: '#1f1f1f',
    colorTextTertiary: '#262626',
    colorTextDescription: '#262626',
    colorTextPlaceholder: '#434343',
    colorBorder: '#595959',
    colorBorderSecondary: '#8c8c8c',
  },
  components: {
    Menu: { itemHeight: 52 },
    Table: { cellPaddingBlock: 14 },
  },
};
