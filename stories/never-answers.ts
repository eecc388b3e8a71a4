/**
 * A URL whose request never ends until it is aborted: how the stories keep the loading state on
 * screen, and show a timeout. Only this URL is held; every other request goes through.
 */
export const NEVER = '/__story/never-answers.json';

const marked = globalThis as { __annalsNeverFetch?: boolean };
if (!marked.__annalsNeverFetch) {
  marked.__annalsNeverFetch = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).endsWith(NEVER)
      ? new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
        )
      : realFetch(input, init);
}
