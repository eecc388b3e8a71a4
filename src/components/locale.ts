/**
 * The locale an element shows dates in: its own `locale`, else the nearest `lang` attribute. An
 * empty `locale` is none: Vue sets a bound string property that becomes undefined to `''`.
 */
export function elementLocale(element: Element, own: string | undefined): string | undefined {
  return own || element.closest('[lang]')?.getAttribute('lang') || undefined;
}
