/** Rows of events, like vis-timeline's groups and TimelineJS's `group`: by category or by `group`. */
import { ENGLISH } from './messages/en.js';
import type { GroupBy } from './scene-types.js';
import type { Dataset, TimelineEvent } from './types.js';

/** What names an event's row. */
export function rowKeyOf(groupBy: GroupBy): (e: TimelineEvent) => string {
  if (groupBy === 'category') return (e) => e.category ?? '';
  if (groupBy === 'group') return (e) => e.group ?? '';
  return () => '';
}

/**
 * The rows of a dataset, in order: categories in the dataset's order, or groups in the order they
 * first appear; events with neither go to a last row titled `other` ("Other"). Without rows, one
 * untitled row.
 */
export function datasetRows(
  dataset: Pick<Dataset, 'events' | 'categories'>,
  groupBy: GroupBy,
  other: string = ENGLISH.otherRow,
): { key: string; title: string }[] {
  if (groupBy === 'none') return [{ key: '', title: '' }];
  const keyOf = rowKeyOf(groupBy);
  const present = new Set<string>();
  for (const e of dataset.events) present.add(keyOf(e));
  const rows =
    groupBy === 'category'
      ? dataset.categories
          .filter((c) => present.has(c.id))
          .map((c) => ({ key: c.id, title: c.label }))
      : [...present].filter((k) => k !== '').map((k) => ({ key: k, title: k }));
  if (present.has('')) rows.push({ key: '', title: other });
  return rows;
}
