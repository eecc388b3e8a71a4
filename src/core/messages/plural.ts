/** Plural forms by CLDR's rules, as the runtime's Intl.PluralRules knows them. */

/** A word's forms by CLDR plural category; `other` is required, the rest as the language has. */
export type PluralForms = { readonly other: string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>
>;

const rules = new Map<string, Intl.PluralRules>();

/** The form of a word that goes with `n` in `language` (a BCP 47 tag): 1 событие, 2 события, 5 событий. */
export function plural(language: string, n: number, forms: PluralForms): string {
  let r = rules.get(language);
  if (!r) rules.set(language, (r = new Intl.PluralRules(language)));
  return forms[r.select(n)] ?? forms.other;
}
