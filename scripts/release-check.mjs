// A release build must know the site's public address: it is printed on posters, encoded in their QR
// codes and used in every canonical link, sitemap entry and feed item. Without it those would point
// at a local preview, so `npm run build:release` stops here first.
const address = process.env.SITE_URL;
const problem = !address
  ? 'SITE_URL is not set'
  : !/^https:\/\/[^/]+/.test(address)
    ? `SITE_URL "${address}" is not an https:// address`
    : /\/\/(localhost|127\.0\.0\.1)/.test(address)
      ? `SITE_URL "${address}" is a local address`
      : undefined;
if (problem) {
  console.error(`Release build refused: ${problem}. Set it to the live address, e.g. SITE_URL=https://www.safernorfolk.example npm run build:release`);
  process.exit(1);
}
console.log(`Release build for ${address}`);
