/**
 * How hard a page is to read: words, sentences, syllables, the Flesch reading ease score and a UK
 * reading age. Used by `scripts/content-report.ts` so editors can find resident pages that need
 * plainer words or shorter sentences.
 *
 * The scores are estimates. Syllables are counted by rule, not from a dictionary, so a single
 * sentence can be off by a few points; across a page the errors mostly cancel out. Use the score to
 * find pages worth a second look, then read them aloud.
 */

/**
 * The lowest Flesch reading ease a resident-facing page should score.
 *
 * GOV.UK asks for text a 9-year-old can read. On the Flesch-Kincaid scale that is about US grade 4,
 * a reading ease of around 80 ("easy"). Scores of 60 to 70 are "plain English": about US grade 8 to 9,
 * text most adults read without effort. We flag pages below 60 rather than below 80 because our
 * pages have to use words that cannot be made shorter: the names of crimes (anti-social behaviour,
 * exploitation, radicalisation) and of services (Norfolk County Council, Crimestoppers). Each of
 * these costs a page points however short its sentences are. A page below 60 has a problem that
 * better writing can fix. The reading age column shows how far each page still is from 9.
 */
export const residentTarget = 60;

/**
 * The stricter target for Easy Read pages, from the UK guidance on Easy Read: GOV.UK's "Accessible
 * communication formats" asks for sentences of no more than 10 to 15 words, each with one idea,
 * numbers as digits and words in full; Norfolk County Council's easy read guidance asks for US
 * grade 4 to 6. We take the easy end, grade 4 (reading age 9, what GOV.UK aims for), where other
 * resident pages only need a reading ease of 60 (about reading age 13). One point is one row
 * beside one picture, so it is one sentence.
 */
export const easyReadTarget = {
  /** Most words in one sentence. */
  maxWordsPerSentence: 15,
  /** Most sentences in one point. */
  sentencesPerPoint: 1,
  /** Highest UK reading age of the page's words together: US grade 4, plus 5. */
  maxReadingAge: 9,
} as const;

/** Words Easy Read avoids, with what to write instead. */
const easyReadHabits: readonly [RegExp, string][] = [
  [/\b[\p{L}]+(?:n['’]t|['’](?:re|ll|ve|m|d))\b/iu, 'write words in full, e.g. "do not", not "don\'t"'],
  [/\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)\b/i, 'write numbers as digits, e.g. "3", not "three"'],
  [/\b[A-Z]{2,}s?\b/, 'write the words in full instead of initials'],
];

/** Where one Easy Read point or heading misses the target, in words an editor can act on. */
export function easyReadMisses(text: string, isPoint = true): string[] {
  const sentences = sentencesOf(text);
  const misses: string[] = [];
  if (isPoint && sentences.length > easyReadTarget.sentencesPerPoint) {
    misses.push(`${sentences.length} sentences: make each one a point of its own`);
  }
  for (const sentence of sentences) {
    const words = wordsOf(sentence).length;
    if (words > easyReadTarget.maxWordsPerSentence) {
      misses.push(`${words} words in "${sentence}": use ${easyReadTarget.maxWordsPerSentence} or fewer`);
    }
  }
  for (const [pattern, advice] of easyReadHabits) {
    const found = pattern.exec(text);
    if (found) misses.push(`"${found[0]}": ${advice}`);
  }
  return misses;
}

export interface ReadabilityScore {
  /** Words in the text; a number, a hyphenated word or a web address is one word. */
  words: number;
  /** Sentences: ended by `.`, `!`, `?` or a line break, so each list item and heading is one. */
  sentences: number;
  /** Estimated syllables across all the words. */
  syllables: number;
  /**
   * Flesch reading ease, 206.835 - 1.015 × (words per sentence) - 84.6 × (syllables per word).
   * Higher is easier: 60 to 70 is plain English, 80 and above is easy. `NaN` when there are no words.
   */
  fleschReadingEase: number;
  /**
   * UK reading age in years: the Flesch-Kincaid grade plus 5, because a US school grade is about
   * five years less than the age of the children in it. `NaN` when there are no words.
   */
  readingAge: number;
}

// ---------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------

const entities: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  pound: '£',
};

/** A JSX expression such as `{props.title}` or `{/* note *\/}`, with one level of nested braces. */
const jsxExpression = /\{(?:[^{}]|\{[^{}]*\})*\}/g;
/** An HTML or JSX tag, opening, closing or self-closing; attribute values may hold `>`. */
const tag = /<\/?[A-Za-z][\w.:-]*(?:\s(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}|[^'"{}<>])*)?\/?>|<\/?>/g;

/** Drops YAML frontmatter, fenced code blocks and MDX `import`/`export` statements, line by line. */
function dropNonProse(source: string): string {
  let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  text = text.replace(/^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/, '');
  const kept: string[] = [];
  let fence: string | undefined;
  let esmDepth = 0;
  for (const line of text.split('\n')) {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
      kept.push('');
      continue;
    }
    const opening = /^\s*(`{3,}|~{3,})/.exec(line);
    if (opening) {
      fence = opening[1]!;
      kept.push('');
      continue;
    }
    // MDX only treats `import` and `export` as code at the start of a line. A statement can run
    // over several lines until its brackets close, e.g. `export const meta = { ... };`.
    if (esmDepth > 0 || /^(?:import|export)\s/.test(line)) {
      const opens = line.match(/[({[]/g)?.length ?? 0;
      const closes = line.match(/[)}\]]/g)?.length ?? 0;
      esmDepth = Math.max(0, esmDepth + opens - closes);
      kept.push('');
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/** Removes inline markdown from one block of text, keeping the words a reader sees. */
function cleanInline(block: string): string {
  return (
    block
      // Images are not part of the running text.
      .replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
      // [text](url "title") and [text][ref] keep their text.
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      // Inline code keeps its text, which sits in the sentence; only the backticks go.
      .replace(/(`+)([^`]*?)\1/g, '$2')
      // Emphasis and strikethrough markers; `_` only at the edge of a word, so snake_case survives.
      .replace(/(?<!\\)(\*{1,3}|~~)/g, '')
      .replace(/(?<![\\\p{L}\p{N}])_+|(?<!\\)_+(?![\p{L}\p{N}])/gu, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
        if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
        return entities[name.toLowerCase()] ?? whole;
      })
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The words a reader sees on a markdown or MDX page, one block per line: each paragraph, heading,
 * list item and table cell is one line, and a paragraph written over several lines is joined into
 * one. Frontmatter, `import`/`export` lines, fenced code, comments, HTML/JSX tags (their contents
 * are kept), link targets, images, emphasis markers, heading hashes and list markers are removed.
 */
export function plainText(markdownOrMdx: string): string {
  const text = dropNonProse(markdownOrMdx)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<((?:https?|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+\.[^>\s@]+)>/g, '$1')
    .replace(tag, '')
    .replace(jsxExpression, '');

  const blocks: string[] = [];
  let current: string[] | undefined;
  let currentIsListItem = false;
  const flush = () => {
    if (current) blocks.push(current.join(' '));
    current = undefined;
    currentIsListItem = false;
  };

  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s*(?:>\s?)+/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    // Reference definitions, thematic breaks and setext heading underlines carry no words.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line) || /^\s{0,3}(?:([-*_])(?:\s*\1){2,}|=+)\s*$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push(heading[1] ?? '');
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      if (!/^[\s|:-]+$/.test(line)) blocks.push(...line.trim().slice(1, -1).split(/(?<!\\)\|/));
      continue;
    }
    // A numbered line only starts a list inside a paragraph when it is item 1, as in CommonMark,
    // so a wrapped line that happens to begin "1998. The Act..." stays part of its paragraph.
    const item = /^\s*(?:[-*+]|(\d{1,9})[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (item && (item[1] === undefined || current === undefined || currentIsListItem || item[1] === '1')) {
      flush();
      current = [item[2]!];
      currentIsListItem = true;
      continue;
    }
    (current ??= []).push(line.trim());
  }
  flush();

  return blocks
    .map(cleanInline)
    .filter((block) => /[\p{L}\p{N}]/u.test(block))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Syllables
// ---------------------------------------------------------------------------------------------

/** Common words the rules below get wrong. */
const syllableExceptions: Record<string, number> = {
  area: 3,
  business: 2,
  element: 3,
  every: 2,
  idea: 3,
  maybe: 2,
};

const isVowelLetter = (letter: string | undefined) => letter !== undefined && 'aeiou'.includes(letter);
const isConsonant = (letter: string | undefined) => letter !== undefined && !'aeiouy'.includes(letter);

/**
 * `y` is a vowel ("my", "happy") except at the start of a word or before a vowel ("yes", "beyond");
 * before a final -e, -es or -ed it is a vowel again ("type", "eyes", "played").
 */
function isVowelAt(word: string, index: number): boolean {
  const letter = word[index];
  if (letter !== 'y') return isVowelLetter(letter);
  if (index === 0) return false;
  return !isVowelLetter(word[index + 1]) || /^e[sd]?$/.test(word.slice(index + 1));
}

/**
 * Vowel pairs that are usually two syllables: "ia"/"io" as in "media", "violence", "serious", except
 * after t, c, s, x, g, l, n or h ("nation", "social", "religion", "million", "fashion") or before
 * -ur ("behaviour"); "ua" as in
 * "usual", "situation", except after q or g ("equal", "language").
 */
function splitsPair(word: string, index: number): boolean {
  const pair = word.slice(index, index + 2);
  const before = word[index - 1];
  if (pair === 'io' && word.startsWith('ur', index + 2)) return false; // "behaviour", "saviour"
  if (pair === 'ia' || pair === 'io') return before === undefined || !'tcsxglnh'.includes(before);
  if (pair === 'ua') return before === undefined || !'qg'.includes(before);
  return false;
}

/** A stem ending in a silent e, such as "safe" in "safely" or "state" in "statement". */
const silentEStem = /[aeiouy][^aeiouy]+e$/;
const silentESuffixes = ['fully', 'ments', 'ness', 'less', 'ment', 'ful', 'ly'];
/** Compounds such as "someone", "anything" and "nowhere", whose inner silent e would be counted. */
const compound = /^(some|any|every|no)(one|body|thing|things|where|time|times|how|way|ways)$/;

function syllablesOfLetters(word: string): number {
  const known = syllableExceptions[word];
  if (known !== undefined) return known;

  const parts = compound.exec(word);
  if (parts) return syllablesOfLetters(parts[1]!) + syllablesOfLetters(parts[2]!);

  for (const suffix of silentESuffixes) {
    const stem = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && silentEStem.test(stem)) return syllablesOfLetters(stem) + syllablesOfLetters(suffix);
  }

  // One syllable per group of vowels, plus one where a group holds two syllables.
  let count = 0;
  for (let index = 0; index < word.length; index++) {
    if (!isVowelAt(word, index)) continue;
    if (index === 0 || !isVowelAt(word, index - 1) || splitsPair(word, index - 1)) count++;
  }

  const n = word.length;
  const last = word[n - 1];
  // A final e is silent ("make", "police"), but not in a consonant + le/re ending ("table", "centre").
  const consonantLeRe = (end: number) => {
    const letter = word[end];
    return (letter === 'l' || letter === 'r') && isConsonant(word[end - 1]) && word[end - 1] !== letter;
  };
  if (last === 'e' && n > 2 && isConsonant(word[n - 2]) && !consonantLeRe(n - 2)) count--;
  // "-es" and "-ed" add no syllable ("makes", "used") except after a hissing sound ("buses",
  // "changes", "matches"), after t or d ("wanted", "needed"), or in a consonant + le/re ending
  // ("tables", "handled", "hundred").
  if (n > 3 && word.endsWith('es') && isConsonant(word[n - 3])) {
    const hissing = 'sxzcg'.includes(word[n - 3]!) || word.endsWith('ches') || word.endsWith('shes');
    if (!hissing && !consonantLeRe(n - 3)) count--;
  }
  if (n > 3 && word.endsWith('ed') && isConsonant(word[n - 3])) {
    if (!'td'.includes(word[n - 3]!) && !consonantLeRe(n - 3)) count--;
  }
  // "-ism" and "-asm" end in a syllable with no vowel: "racism", "extremism", "enthusiasm".
  if (/[aeiouy]sms?$/.test(word)) count++;

  return Math.max(1, count);
}

/**
 * Capitals said as a word rather than letter by letter, such as "MACE", "PANTS" or "MARAC": four or
 * more letters with a vowel, not starting with two consonants and with no three consonants in a row
 * except before a final S (unlike "NSPCC", "PSHE" or "EHRC").
 */
function pronouncedAsWord(capitals: string): boolean {
  const stem = capitals.replace(/S$/, '');
  return /^[A-Z]{4,}$/.test(capitals) && /[AEIOUY]/.test(stem) && !/^[^AEIOUY]{2}|[^AEIOUY]{3}/.test(stem);
}

/**
 * Estimated syllables in one word, by rule: vowel groups, a silent final e, -le endings, -es and -ed
 * endings, and a few common exceptions; at least 1. Hyphenated words and web addresses are counted
 * part by part ("anti-social" is 4). Numbers count one syllable per digit ("999" is 3). Initialisms
 * in capitals count one per letter, as they are read out ("NHS" is 3), unless they look like a word
 * ("MACE" is 1).
 */
export function countSyllables(word: string): number {
  const parts = word.split(/[-‐‑–—./@:]+/).filter((part) => /[\p{L}\p{N}]/u.test(part));
  if (parts.length > 1) return parts.reduce((total, part) => total + countSyllables(part), 0);
  const part = (parts[0] ?? '').replace(/['’]s$/, '');

  if (/^[\d,]+$/.test(part)) return Math.max(1, part.replace(/,/g, '').length);
  if (/^[A-Z][A-Z\d]+$/.test(part) && !pronouncedAsWord(part)) return part.length;

  const letters = part.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return 1;
  return syllablesOfLetters(letters);
}

// ---------------------------------------------------------------------------------------------
// Words, sentences and scores
// ---------------------------------------------------------------------------------------------

/** A word: letters or digits, joined by apostrophes, hyphens, dots, commas or slashes ("child's", "5,000", "gov.uk"). */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-‐‑.,/@:][\p{L}\p{N}]+)*/gu;

/** The words in a piece of text. */
export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * The sentences in a piece of text. A sentence ends at `.`, `!`, `?` or `…` followed by a space, and
 * at every line break, so each heading and list item is a sentence of its own. Pass text from
 * {@link plainText}, which puts each paragraph on one line. "e.g.", "i.e.", "Mr.", "No. 2" and similar
 * do not end a sentence. Pieces with no words, such as a lone dash, are not sentences.
 */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\b(no)\.(?=\s*\d)/gi, '$1')
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<!\b(?:e\.g|i\.e|mr|mrs|ms|dr|st|vs|approx|cf))[.!?…]+["'”’)\]]*\s+/i))
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Word, sentence and syllable counts, Flesch reading ease and a UK reading age for plain text. */
export function readability(text: string): ReadabilityScore {
  const words = wordsOf(text);
  const sentences = sentencesOf(text).length;
  const syllables = words.reduce((total, word) => total + countSyllables(word), 0);
  if (words.length === 0) return { words: 0, sentences, syllables: 0, fleschReadingEase: NaN, readingAge: NaN };

  const wordsPerSentence = words.length / sentences;
  const syllablesPerWord = syllables / words.length;
  const fleschReadingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const fleschKincaidGrade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  return { words: words.length, sentences, syllables, fleschReadingEase, readingAge: fleschKincaidGrade + 5 };
}
