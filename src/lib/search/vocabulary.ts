/**
 * The words spelling correction corrects to (spelling.ts), gathered at build time from the built
 * pages: each page's title and the keyword and phrase lines SearchMeta marks with
 * `data-search-words`. Body text stays out, to keep the file small: the words people search with
 * are the ones the site's editors wrote into titles, keywords and phrases.
 */
import { stopWords } from './stop-words';
import { tokenise } from './query';
import { shortestCorrected } from './spelling';

/** The distinct words worth correcting to, from titles, keywords and phrases: sorted, no stop words. */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of tokenise(text)) {
      for (const part of [word, ...(word.includes('-') ? word.split('-') : [])]) {
        if (part.length >= shortestCorrected && !/\d/.test(part) && !stopWords.has(part)) words.add(part);
      }
    }
  }
  return [...words].sort();
}

const entities: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

function decodeEntities(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities.get(name.toLowerCase()) ?? whole;
  });
}

/**
 * The texts of a built page that feed the vocabulary: its first heading and the weighted keyword
 * and phrase lines the page marks with `data-search-words`. Empty for a page search leaves out.
 */
export function searchTextsOfPage(html: string): string[] {
  if (!html.includes('data-pagefind-body')) return [];
  const texts: string[] = [];
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  if (heading) texts.push(heading.replace(/<[^>]*>/g, ' '));
  for (const match of html.matchAll(/<[a-z]+\b[^>]*\bdata-search-words\b[^>]*>([^<]*)</gi)) texts.push(match[1]!);
  return texts.map(decodeEntities);
}
