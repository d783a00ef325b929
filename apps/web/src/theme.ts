import { createTheme } from '@mantine/core';

/** Dark enough blues for WCAG AA text contrast on white; system fonts carry Cyrillic and Tajik letters. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
});
