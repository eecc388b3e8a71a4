/**
 * `styleProps({...})`: sets an element's inline style properties through CSSOM
 * (`style.setProperty`), on the first render as on every later one, and writes only the
 * properties whose value changed.
 *
 * Lit's `styleMap` writes its first render as style text (`setAttribute('style', …)`), which a
 * Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks (lit/lit#4719): every
 * event would lose its position. CSSOM writes are allowed under such a policy. Skipping unchanged
 * values also means a pan restyles only the elements that really moved.
 *
 * Names are CSS names (`left`, `--_color`), as `setProperty` takes them.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { AttributePart, DirectiveResult, PartInfo } from 'lit/directive.js';

/** CSS property name → value; `undefined` or `null` removes the property. */
export type StyleProps = Readonly<Record<string, string | null | undefined>>;

class StylePropsDirective extends Directive {
  private readonly last = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (
      info.type !== PartType.ATTRIBUTE ||
      info.name !== 'style' ||
      (info.strings?.length ?? 0) > 2
    )
      throw new Error('styleProps() must be the whole value of a style attribute');
  }

  render(_props: StyleProps) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.last.keys())
      if (props[name] == null) {
        style.removeProperty(name);
        this.last.delete(name);
      }
    for (const name in props) {
      const value = props[name];
      if (value == null || this.last.get(name) === value) continue;
      style.setProperty(name, value);
      this.last.set(name, value);
    }
    return noChange;
  }
}

export const styleProps: (props: StyleProps) => DirectiveResult<typeof StylePropsDirective> =
  directive(StylePropsDirective);
