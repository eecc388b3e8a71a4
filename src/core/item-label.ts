/** How problems name an item read from a file: by where it is and what it is called. */

/**
 * An item as problems name it: where it is in the file (`row 12`, `#3`) and, when it has one, its
 * title, e.g. `row 12 ("Impossible Feb 30")`.
 */
export function itemLabel(position: string, title: string): string {
  return title
    ? `${position} ("${title.length > 60 ? `${title.slice(0, 59)}…` : title}")`
    : position;
}
