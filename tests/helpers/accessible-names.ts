/**
 * What a screen reader is told, from Chromium's accessibility tree (`a11ySnapshot`, the
 * a11ySnapshotPlugin of web-test-runner.config.mjs): the names of the buttons on the page whose
 * name begins with `prefix`, in the tree's order.
 */
import { a11ySnapshot } from '@web/test-runner-commands';

interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly children?: readonly AxNode[];
}

export async function buttonNames(prefix: string): Promise<string[]> {
  const found: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role === 'button' && n.name?.startsWith(prefix)) found.push(n.name);
    for (const c of n.children ?? []) walk(c);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}
