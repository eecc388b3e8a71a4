/**
 * The order of events and eras: by start, then end; items with the same times keep the order the
 * data gives them (a sheet's rows, a file's list, the page's markup), as the author wrote them.
 * Validation sorts every list into it once; everything after (indexes, layout, keyboard order,
 * the list semantics) relies on it.
 */

/** An item with validated times: finite numbers, `endTime >= startTime`. */
export interface Timed {
  readonly startTime: number;
  readonly endTime: number;
  readonly id: string;
}

/** Compares two items by start, then end (a stable sort keeps the order of ties). */
export function byTime(a: Timed, b: Timed): number {
  return a.startTime - b.startTime || a.endTime - b.endTime;
}

/**
 * Below this many items in no order, a comparator sort is used. Measured in Node on the first
 * (cold) run, where V8 has not yet compiled the radix sort's loops: 10,000 items took 5 ms by
 * comparator and 17 ms by radix, 30,000 took 20 and 40 ms, 100,000 took 75 and 59 ms. Run again,
 * 100,000 take 80 and 33 ms.
 */
const SMALL = 50_000;
/** Input with fewer than one item in this many out of order is nearly in order. */
const NEARLY = 8;
/** The radix sort's buckets: 11 bits of a time a pass. */
const BUCKETS = 2048;

/**
 * Sorts `items` by time, in place, and returns them: the order of `items.sort(byTime)`, which is
 * stable, so items with the same times keep their order. `radixFrom` is for tests: the length from
 * which the radix sort is used.
 *
 * A comparator sort calls back into script for every comparison: about 1.7 million calls for
 * 100,000 items in no order, some 80 ms in V8. For large lists the times, whole milliseconds, are
 * put in order by a radix sort on typed arrays (a few passes over the items, no comparisons),
 * stable as the comparator's. Input already in order is checked in one pass and left as it is;
 * input nearly in order goes to the comparator.
 */
export function sortByTime<T extends Timed>(items: T[], radixFrom = SMALL): T[] {
  const n = items.length;
  if (n < radixFrom) return items.sort(byTime);
  // Input nearly in order (a dataset sorted by date, a few rows out of place) is sorted faster by
  // the comparator, whose merge sort takes in order what already is: 100,000 events
  // with one out of place in twelve took 7 ms by comparator, 17 ms by radix.
  let descents = 0;
  for (let i = 1; i < n; i++) if (byTime(items[i - 1]!, items[i]!) > 0) descents++;
  if (descents === 0) return items;
  if (descents < n / NEARLY) return items.sort(byTime);

  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const { startTime, endTime } = items[i]!;
    starts[i] = startTime;
    ends[i] = endTime;
    if (startTime < min) min = startTime;
    if (endTime > max) max = endTime;
    whole &&= Number.isInteger(startTime) && Number.isInteger(endTime);
  }
  // Times are whole milliseconds; anything else is sorted the plain way.
  if (!whole || !Number.isSafeInteger(max - min)) return items.sort(byTime);
  // Least significant key first, each pass stable: by end, then by start.
  const buffers: [Uint32Array, Uint32Array] = [new Uint32Array(n), new Uint32Array(n)];
  for (let i = 0; i < n; i++) buffers[0][i] = i;
  radixSort(buffers, ends, min);
  radixSort(buffers, starts, min);
  const order = buffers[0];
  const copy = items.slice();
  for (let k = 0; k < n; k++) items[k] = copy[order[k]!]!;
  return items;
}

/**
 * A stable least-significant-digit radix sort of the indexes in `buffers[0]` by
 * `values[index] - min` (whole numbers from 0 to 2^53), 11 bits a pass: as many passes as the
 * largest value has digits, none for a digit all values share. 2,048 buckets keep the passes
 * cheap for ten thousand items as for a hundred thousand. The result is left in `buffers[0]`;
 * `buffers[1]` is scratch.
 */
function radixSort(buffers: [Uint32Array, Uint32Array], values: Float64Array, min: number): void {
  const n = values.length;
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, values[i]! - min);
  const digits = new Uint16Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (let scale = 1; scale <= largest; scale *= BUCKETS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      // Exact: a whole number below 2^53 divided by a power of two.
      const digit = Math.floor((values[i]! - min) / scale) % BUCKETS;
      digits[i] = digit;
      counts[digit]!++;
    }
    if (counts[digits[0]!] === n) continue;
    let sum = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    const [from, to] = buffers;
    for (let k = 0; k < n; k++) {
      const i = from[k]!;
      to[counts[digits[i]!]!++] = i;
    }
    buffers[0] = to;
    buffers[1] = from;
  }
}
