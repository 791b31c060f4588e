// Helpers that hold for arrays of any length: spreading an array into a call's arguments
// (push(...rows), Math.max(...values)) overflows the stack past some hundred thousand elements,
// so these loop instead. test/architecture.test.ts keeps such spreads out of src/.
export function append<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}

export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const v of values) if (v < min) min = v;
  return min;
}
