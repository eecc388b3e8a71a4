/**
 * The attributes each element of a timeline written as HTML is read from, besides its `id`: the
 * elements observe them (a change is drawn) and the reader takes them, and reports any other.
 */
export const MARKUP_ATTRIBUTES = {
  'annals-event': ['start', 'end', 'category', 'group', 'importance', 'title', 'display-date'],
  'annals-era': ['start', 'end', 'title'],
  'annals-category': ['label', 'color'],
} as const satisfies Record<string, readonly string[]>;
