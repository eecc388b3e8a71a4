/**
 * Links to Google Sheets, where TimelineJS's authors keep their timelines. A sheet published to
 * the web (File → Share → Publish to web) is data at the link Google gives for its CSV
 * (`…/d/e/<id>/pub?output=csv`); the link of the published page (`…/pubhtml`, a tab's
 * `…/pubhtml/sheet`, or `…/pub` with no `output`) names the same sheet, so it is read as that CSV,
 * of the same tab. A sheet published the older way, as in TimelineJS's own examples, is named by
 * its key (`…/d/<key>/pubhtml`) and read the same way. The link of the
 * sheet's own page (`…/d/<id>/edit`) is not data, and whether the sheet is published cannot be
 * told from it: it is refused with the way to publish it.
 */

/** A published sheet read as its CSV, a sheet's own page refused, or null: not a Google Sheet's page. */
export type SheetLink = { readonly url: string } | { readonly error: string } | null;

const PUBLISHED =
  /^\/spreadsheets\/(?:u\/\d+\/)?d\/((?:e\/)?[\w-]+)\/(?:pubhtml(?:\/sheet)?|pub)\/?$/;
// The sheet's own page, as the address bar and the Share button give it (not `…/export`, data).
const OWN_PAGE =
  /^\/spreadsheets\/(?:u\/\d+\/)?d\/(?!e\/)[\w-]+(?:\/(?:edit|view|htmlview|preview))?\/?$/;

/** `url` (absolute) as a URL when it is any link to a Google Sheet (its page, its CSV), else null. */
function sheetUrl(url: string): URL | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  return u.hostname === 'docs.google.com' && u.pathname.startsWith('/spreadsheets/') ? u : null;
}

/** Whether `url` (absolute) is any link to a Google Sheet: its page, its CSV, its export. */
export const isGoogleSheet = (url: string): boolean => sheetUrl(url) !== null;

/** What to fetch for `url` (absolute) when it is a link to a Google Sheet's page. */
export function googleSheetLink(url: string): SheetLink {
  const u = sheetUrl(url);
  if (!u) return null;
  const published = PUBLISHED.exec(u.pathname);
  if (published) {
    // Already the data (`output=csv`), or another form Google offers (tsv, xlsx): fetched as given.
    if (u.searchParams.has('output')) return null;
    // The tab: `gid` in the query (a tab's own published link) or after `#` (the page's address).
    const gid = u.searchParams.get('gid') ?? /(?:^|&)gid=(\d+)/.exec(u.hash.slice(1))?.[1];
    const tab = gid && /^\d+$/.test(gid) ? `&gid=${gid}&single=true` : '';
    return { url: `https://docs.google.com/spreadsheets/d/${published[1]}/pub?output=csv${tab}` };
  }
  if (OWN_PAGE.test(u.pathname))
    return {
      error: `${url} is a Google Sheet's own page, not its data: publish the sheet to the web as CSV (File → Share → Publish to web → Comma-separated values) and give the link Google shows, which ends in output=csv`,
    };
  return null;
}
