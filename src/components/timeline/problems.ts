/** The list of input problems under the drawing: bounded, so 100,000 bad events cost what 50 do. */
import { html } from 'lit';
import type { Problem } from '../../core/types.js';
import { formatProblem, summarizeProblems } from '../../core/validate.js';

export function problemsList(problems: readonly Problem[]) {
  const n = problems.length;
  const { shown, more } = summarizeProblems(problems);
  return html`<details class="problems" part="problems">
    <summary>
      ${n === 1 ? '1 problem' : `${n} problems`} in the data: some items were dropped or changed
    </summary>
    <ul>
      ${shown.map((p) => html`<li>${formatProblem(p)}</li>`)}
      ${more > 0 ? html`<li class="more">and ${more} more</li>` : ''}
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
