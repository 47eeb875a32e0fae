/** WCAG 2 grade of a contrast ratio, as the token pages print it. */
export function grade(ratio: number): string {
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA large / 图形';
  return '不足 fails';
}
