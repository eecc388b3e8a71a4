import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The hosts that watch, and the one observer they share. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;

/**
 * Asks the host to update when any `lang` attribute in the document changes (`<html lang>` set by
 * a page's language switcher, or an ancestor's), since an element whose `locale` is not set shows
 * dates and words in the nearest `lang`. One MutationObserver, filtered to `lang`, serves every
 * host on the page.
 */
export class LangWatchController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => {
        for (const h of hosts) h.requestUpdate();
      });
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (!hosts.size && observer) {
      observer.disconnect();
      observer = null;
    }
  }
}
