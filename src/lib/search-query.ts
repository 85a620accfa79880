/**
 * Tidies what people type before it reaches the search index. Pagefind matches word stems and
 * prefixes but not misspellings, so common misspellings and American spellings of the site's words
 * are mapped to the spelling its pages use.
 */

/** Misspelling or variant -> the spelling used on the site. Keys are lower case. */
const respellings: ReadonlyMap<string, string> = new Map([
  // American spellings
  ['radicalization', 'radicalisation'],
  ['radicalized', 'radicalised'],
  ['behavior', 'behaviour'],
  ['neighbor', 'neighbour'],
  ['neighbors', 'neighbours'],
  ['neighborhood', 'neighbourhood'],
  ['organization', 'organisation'],
  ['counseling', 'counselling'],
  ['offense', 'offence'],
  // Common misspellings
  ['burgalry', 'burglary'],
  ['buglary', 'burglary'],
  ['burglery', 'burglary'],
  ['harrassment', 'harassment'],
  ['harasment', 'harassment'],
  ['explotation', 'exploitation'],
  ['exploitaton', 'exploitation'],
  ['domestic violance', 'domestic violence'],
  ['violance', 'violence'],
  ['voilence', 'violence'],
  ['nieghbours', 'neighbours'],
  ['nuisence', 'nuisance'],
  ['nusiance', 'nuisance'],
  ['scamm', 'scam'],
  ['scammer', 'scam'],
  ['fishing', 'phishing'],
  ['frawd', 'fraud'],
  ['knive', 'knife'],
  ['knifes', 'knife'],
  ['stabing', 'stabbing'],
  ['raceist', 'racist'],
  ['rasist', 'racist'],
  ['tarrorism', 'terrorism'],
  ['terorism', 'terrorism'],
  ['slavry', 'slavery'],
  ['cuckoing', 'cuckooing'],
  ['cookooing', 'cuckooing'],
  ['anti social', 'anti-social'],
  ['antisocial', 'anti-social'],
]);

/** The query to send to the index: trimmed, lower case, spellings made to match the site. */
export function normaliseQuery(query: string): string {
  let text = ` ${query.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  for (const [from, to] of respellings) {
    text = text.replaceAll(` ${from} `, ` ${to} `);
  }
  return text.trim();
}
