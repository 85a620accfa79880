/**
 * Loaded on sensitive pages only. Every move to another page of this site replaces this page's
 * entry in the tab's history instead of adding one after it, so a sensitive page never sits
 * behind a later page: one "Exit this page", which replaces the current entry, then leaves no
 * sensitive page for Back (or the back/forward cache) to bring back.
 *
 * Every same-origin link is treated this way, not only links to other sensitive pages: knowing
 * which targets are sensitive would mean shipping a list of pages, and a reader who leaves a
 * sensitive page for a neutral one is no better served by Back returning to it.
 *
 * The cost is that Back skips the sensitive pages of this visit. Links that open elsewhere (other
 * sites, new tabs, downloads, modifier keys) and jumps within the page behave as usual.
 */

/** The address a click or form would open in this tab, when it is a page of this site. */
function sameOriginTarget(href: string): URL | undefined {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) return undefined;
  // A jump within this page adds no new page to go back to.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return undefined;
  return url;
}

const opensInThisTab = (target: string) => target === '' || target === '_self';

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download') || !opensInThisTab(link.target)) return;
  const url = sameOriginTarget(link.href);
  if (!url) return;
  event.preventDefault();
  location.replace(url);
});

// The search box in the header is a GET form: the same move to another page.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method !== 'get' || !opensInThisTab(form.target)) return;
  const url = sameOriginTarget(form.action);
  if (!url) return;
  const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
  url.search = new URLSearchParams(
    [...new FormData(form, submitter)].map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : value.name]),
  ).toString();
  url.hash = '';
  event.preventDefault();
  location.replace(url);
});
