import { useMemo } from 'react';
import { useTheme } from '../theme/context.js';
import { type ChartPalette, chartPalette } from './chartPalette.js';

/** The chart palette of the active theme, stable while the theme does not change. */
export function usePalette(): ChartPalette {
  const { tokens } = useTheme();
  return useMemo(() => chartPalette(tokens), [tokens]);
}
