import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Dark enough blues for WCAG AA text contrast on white; system fonts carry Cyrillic and Tajik letters. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  components: {
    // Mantine cuts a badge's label with an ellipsis, so a table sizes the column below the label's width
    // ("SCHEDUL…", "OVERD…"): a badge keeps its whole label, and a row of them wraps instead of squeezing it.
    Badge: Badge.extend({
      styles: {
        root: { flexShrink: 0 },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});

/** Mantine's default error red and dimmed grey fall under 4.5:1 on white (WCAG AA): the darker shades do not. */
export const contrastVariables: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-error': t.colors.red[9], '--mantine-color-dimmed': t.colors.gray[7] },
  dark: {},
});
