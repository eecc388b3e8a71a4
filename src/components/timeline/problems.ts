/**
 * What readers and developers are told about the data: a short notice of events that could not be
 * shown, the developer's list of problems (with `show-problems`), one grouped console warning, and
 * the loading and failure states of `src`.
 */
import { html, type TemplateResult } from 'lit';
import type { LoadFailure } from '../../core/sources/index.js';
import type { DataMessages, Messages } from '../messages.js';
import { styleProps } from '../style-props.js';
import type { Problem } from '../../core/types.js';
import { formatProblem, summarizeProblems } from '../../core/validate.js';

/** The reader's notice: how many events could not be shown, nothing more technical. */
export function droppedNotice(dropped: number, m: DataMessages): TemplateResult {
  return html`<p class="notice" part="notice">${m.notShown(dropped)}</p>`;
}

/**
 * While `src` loads: a placeholder shaped like what will be drawn (a title line, the toolbar, the
 * drawing at its full height, the overview), announced politely, so the page below does not move
 * when the data arrives. `drawing` is the drawing's height in px.
 */
export function loadingView(
  drawing: number,
  parts: { toolbar: boolean; overview: boolean },
  m: DataMessages,
): TemplateResult {
  return html`<div class="loading" part="loading" role="status">
    <div class="title" aria-hidden="true">&nbsp;</div>
    ${parts.toolbar ? html`<div class="placeholder toolbar-line" aria-hidden="true"></div>` : ''}
    <div class="placeholder drawing" style=${styleProps({ height: `${drawing + 1}px` })}>
      <span>${m.loading}</span>
    </div>
    ${parts.overview ? html`<div class="placeholder overview-line" aria-hidden="true"></div>` : ''}
  </div>`;
}

/** The failure state: a sentence for the reader, announced (without the button's words), and a Retry button. */
export function failureView(
  failure: LoadFailure,
  status: number | undefined,
  retry: () => void,
  height: number,
  m: DataMessages,
): TemplateResult {
  return html`<div class="error" part="error" style=${styleProps({ 'min-height': `${height}px` })}>
    <p role="alert">${m.failure(failure, status)}</p>
    <button type="button" part="retry" @click=${retry}>${m.retry}</button>
  </div>`;
}

/**
 * The developer's list of every problem, bounded, so 100,000 bad events cost what 50 do. Its
 * summary is in the timeline's language; the problems themselves are the developer's English, and
 * say so (`lang`), so a screen reader reads them in an English voice.
 */
export function problemsList(
  problems: readonly Problem[],
  m: Pick<Messages, 'problems' | 'moreProblems'>,
): TemplateResult {
  const n = problems.length;
  const { shown, more } = summarizeProblems(problems);
  return html`<details class="problems" part="problems">
    <summary>${m.problems(n)}</summary>
    <ul>
      ${shown.map((p) => html`<li lang="en">${formatProblem(p)}</li>`)}
      ${more > 0 ? html`<li class="more">${m.moreProblems(more)}</li>` : ''}
    </ul>
  </details>`;
}

/** One grouped console warning for all of a dataset's problems, bounded like the list. */
export function reportProblems(problems: readonly Problem[]) {
  if (!problems.length) return;
  const { shown, more } = summarizeProblems(problems);
  const n = problems.length;
  console.warn(
    [
      `annals-timeline: ${n} problem${n === 1 ? '' : 's'} in the data; the valid items are drawn:`,
      ...shown.map((p) => `  ${formatProblem(p)}`),
      ...(more ? [`  and ${more} more (all of them are in the annals-problems event)`] : []),
    ].join('\n'),
  );
}
