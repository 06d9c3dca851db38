/** Chart geometry shared by screen and export. Pixels. */
export const CHART_MARGIN = { top: 12, right: 24, bottom: 8, left: 8 } as const;
export const CHART_HEIGHT = 320;
export const MINI_CHART_HEIGHT = 90;
/** CJK-capable font stack: exported SVG/PNG must not fall back to a serif face. */
export const FONT_STACK = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";
