/**
 * A whole number with comma thousands separators ("1,234,567"), as `toLocaleString('en')`
 * writes it, without its cost: the first call of that loads the locale data, 20–25 ms of
 * every `coproduce screen` run, for the summary's few figures.
 */
export function thousands(x: number): string {
  const s = String(Math.round(Math.abs(x))).replace(/\B(?=(\d{3})+$)/g, ',');
  return x < 0 && s !== '0' ? `-${s}` : s;
}
