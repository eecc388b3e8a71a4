/**
 * The locale an element shows dates in: its own `locale`, else the language it is in (see
 * `inheritedLang`). An empty `locale` is none: Vue sets a bound string property that becomes
 * undefined to `''`.
 */
export function elementLocale(element: Element, own: string | undefined): string | undefined {
  return own || inheritedLang(element) || undefined;
}

/**
 * The language an element is in, as the browser tells it: the nearest `lang`, looked for through
 * the shadow roots it is drawn in up to the page's; `''` when none is declared (or `lang=""` says
 * it is unknown). What an element's parts are tagged against (see core/part-language).
 */
export function inheritedLang(element: Element): string {
  const root = element.getRootNode();
  return (
    element.closest('[lang]')?.getAttribute('lang') ??
    (root instanceof ShadowRoot ? inheritedLang(root.host) : '')
  );
}
