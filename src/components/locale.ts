/** The locale an element shows dates in: its own `locale`, else the nearest `lang` attribute. */
export function elementLocale(element: Element, own: string | undefined): string | undefined {
  return own ?? (element.closest('[lang]')?.getAttribute('lang') || undefined);
}
