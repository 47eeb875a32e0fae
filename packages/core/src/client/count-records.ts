/**
 * Records in a feed's `data`: the items of each list it holds (an object of tables, as every
 * feed has) or of `data` itself when it is one list. Data with no list at all counts as one
 * record, so a parser with another shape never looks like it kept nothing.
 */
export function countRecords(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  if (data === null || typeof data !== 'object') return 1;
  let lists = 0;
  let records = 0;
  for (const value of Object.values(data)) {
    if (!Array.isArray(value)) continue;
    lists += 1;
    records += value.length;
  }
  return lists === 0 ? 1 : records;
}
