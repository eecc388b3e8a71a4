import { expect, waitFor } from 'storybook/test';
import type { AnnalsTimeline } from '../src/components/timeline/timeline.js';

/** The timeline of a story, once it has measured itself and drawn its first scene. */
export async function drawn(canvasElement: HTMLElement): Promise<AnnalsTimeline> {
  const el = canvasElement.querySelector('annals-timeline');
  if (!el) throw new Error('no <annals-timeline> in the story');
  await waitFor(() => expect(el.scene).not.toBeNull(), { timeout: 3000 });
  await el.updateComplete;
  return el;
}
