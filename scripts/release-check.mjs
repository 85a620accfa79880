// A release build must know the site's public address: it is printed on posters, encoded in their QR
// codes and used in every canonical link, sitemap entry and feed item. Without it those would point
// at a local preview, so `npm run build:release` stops here first. The web editor needs to know
// which repository it saves to.
const address = process.env.SITE_URL;
const problem = !address
  ? 'SITE_URL is not set'
  : !/^https:\/\/[^/]+/.test(address)
    ? `SITE_URL "${address}" is not an https:// address`
    : /\/\/(localhost|127\.0\.0\.1)/.test(address)
      ? `SITE_URL "${address}" is a local address`
      : !process.env.CMS_GITHUB_REPO
        ? 'CMS_GITHUB_REPO is not set, so the web editor at /admin/ would save to a placeholder repository'
        : undefined;
if (problem) {
  console.error(`Release build refused: ${problem}. Set both, e.g. SITE_URL=https://www.safernorfolk.example CMS_GITHUB_REPO=owner/repo npm run build:release`);
  process.exit(1);
}
console.log(`Release build for ${address}`);
