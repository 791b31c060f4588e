// A page's rulings (the lines and boxes it draws) and the grids they make.
import { maxOf, minOf } from '../../collections.js';

interface Segment {
  /** For a horizontal segment: y, and x0..x1; for a vertical one: x, and y0..y1. */
  at: number;
  from: number;
  to: number;
}

/** Distances under this many points are one line. */
export const SNAP = 2;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The page's horizontal and vertical rulings: drawn lines, thin rectangles, and the edges of filled boxes. */
export function rulings(
  list: { fnArray: number[]; argsArray: unknown[][] },
  OPS: Record<string, number>,
  width: number,
  height: number,
): { horizontal: Segment[]; vertical: Segment[] } {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const point = (x: number, y: number): [number, number] => [
    ctm[0] * x + ctm[2] * y + ctm[4],
    ctm[1] * x + ctm[3] * y + ctm[5],
  ];
  const edge = (p: [number, number], q: [number, number]): void => {
    if (Math.abs(p[1] - q[1]) <= SNAP && Math.abs(p[0] - q[0]) > SNAP)
      horizontal.push({ at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) });
    else if (Math.abs(p[0] - q[0]) <= SNAP && Math.abs(p[1] - q[1]) > SNAP)
      vertical.push({ at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) });
  };
  const box = (xs: number[], ys: number[]): void => {
    const [x0, x1, y0, y1] = [minOf(xs), maxOf(xs), minOf(ys), maxOf(ys)];
    if (x1 - x0 > width * 0.95 && y1 - y0 > height * 0.9) return; // the page's own frame
    if (y1 - y0 <= SNAP * 1.5) horizontal.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (x1 - x0 <= SNAP * 1.5) vertical.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
    else {
      horizontal.push({ at: y0, from: x0, to: x1 }, { at: y1, from: x0, to: x1 });
      vertical.push({ at: x0, from: y0, to: y1 }, { at: x1, from: y0, to: y1 });
    }
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i]!;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath) {
      if (args[0] === OPS.endPath) continue; // a clipping path draws nothing
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      let points: Array<[number, number]> = [];
      const flush = (): void => {
        if (points.length === 2) edge(points[0]!, points[1]!);
        else if (points.length >= 4 && points.length <= 5) {
          const axisAligned = points.every((p, k) => {
            const q = points[(k + 1) % points.length]!;
            return Math.abs(p[0] - q[0]) <= SNAP || Math.abs(p[1] - q[1]) <= SNAP;
          });
          if (axisAligned)
            box(
              points.map((p) => p[0]),
              points.map((p) => p[1]),
            );
        } else for (let k = 1; k < points.length; k++) edge(points[k - 1]!, points[k]!);
        points = [];
      };
      for (let k = 0; k < data.length;) {
        const op = data[k]!;
        if (op === 0) {
          flush();
          points.push(point(data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 1) {
          points.push(point(data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 2) {
          points = [];
          k += 7;
        } else if (op === 3) {
          points = [];
          k += 5;
        } else {
          flush();
          k += 1;
        }
      }
      flush();
    }
  }
  return { horizontal, vertical };
}

/** Values within SNAP of each other, as one value each (their mean), ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

export const covers = (segments: Segment[], at: number, from: number, to: number): boolean => {
  const mid = (from + to) / 2;
  return segments.some((s) => Math.abs(s.at - at) <= SNAP && s.from <= mid + SNAP && s.to >= mid - SNAP);
};

export interface Grid {
  xs: number[];
  ys: number[]; // descending: top of the page first
  horizontal: Segment[];
  vertical: Segment[];
}

/** Tables: groups of rulings that touch, each with its column and row lines. */
export function grids(horizontal: Segment[], vertical: Segment[]): Grid[] {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (h: Segment, v: Segment): boolean =>
    v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (touch(h, v)) parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const groups = new Map<number, { horizontal: Segment[]; vertical: Segment[] }>();
  horizontal.forEach((h, i) => {
    const g = groups.get(find(i)) ?? { horizontal: [], vertical: [] };
    g.horizontal.push(h);
    groups.set(find(i), g);
  });
  vertical.forEach((v, j) => {
    const g = groups.get(find(horizontal.length + j)) ?? { horizontal: [], vertical: [] };
    g.vertical.push(v);
    groups.set(find(horizontal.length + j), g);
  });
  return [...groups.values()]
    .flatMap((g) =>
      byColumns({
        ...g,
        xs: cluster(g.vertical.map((v) => v.at)),
        ys: cluster(g.horizontal.map((h) => h.at)).reverse(),
      }),
    )
    .filter((g) => g.xs.length >= 2 && g.ys.length >= 2);
}

/**
 * Two tables drawn one right under the other touch, and their rulings make one group: where the
 * columns of a row (the vertical rulings crossing it) are no subset or superset of the columns of
 * the rows above, the rest is a table of its own, with its own columns.
 */
function byColumns(grid: Grid): Grid[] {
  const columnsAt = (r: number): number[] => {
    const mid = (grid.ys[r]! + grid.ys[r + 1]!) / 2;
    return grid.xs.filter((x) => grid.vertical.some((v) => Math.abs(v.at - x) <= SNAP && v.from <= mid && v.to >= mid));
  };
  const parts: Array<{ from: number; to: number; xs: Set<number> }> = [];
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const xs = columnsAt(r);
    const part = parts[parts.length - 1];
    // A row with merged cells uses fewer of its table's columns, never other ones: a row with an
    // edge the table above lacks, while the table has an edge the row lacks, starts another table.
    const rowOnly = part ? xs.filter((x) => !part.xs.has(x)).length : 0;
    const partOnly = part ? [...part.xs].filter((x) => !xs.includes(x)).length : 0;
    if (!part || (rowOnly > 0 && partOnly > 0)) parts.push({ from: r, to: r + 1, xs: new Set(xs) });
    else {
      part.to = r + 1;
      for (const x of xs) part.xs.add(x);
    }
  }
  if (parts.length <= 1) return [grid];
  return parts.map((p) => ({ ...grid, xs: [...p.xs].sort((a, b) => a - b), ys: grid.ys.slice(p.from, p.to + 1) }));
}
