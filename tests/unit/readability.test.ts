import { describe, expect, it } from 'vitest';
import { countSyllables, plainText, readability, residentTarget, sentencesOf, wordsOf } from '../../src/lib/readability';

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['be', 1],
    ['make', 1],
    ['makes', 1],
    ['used', 1],
    ['called', 1],
    ['played', 1],
    ['eyes', 1],
    ['free', 1],
    ['table', 2],
    ['tables', 2],
    ['centre', 2],
    ['police', 2],
    ['people', 2],
    ['money', 2],
    ['wanted', 2],
    ['needed', 2],
    ['changes', 2],
    ['matches', 2],
    ['beyond', 2],
    ['safely', 2],
    ['someone', 2],
    ['statement', 2],
    ['social', 2],
    ['hundred', 2],
    ['handled', 2],
    ['violence', 3],
    ['serious', 3],
    ['behaviour', 3],
    ['everyone', 3],
    ['exploitation', 4],
    ['anti-social', 4],
    ['situation', 4],
    ['vulnerable', 4],
    ['extremism', 4],
    ['radicalisation', 6],
  ])('%s has %i', (word, syllables) => expect(countSyllables(word)).toBe(syllables));

  it('counts at least one syllable, even for a word with no vowels', () => {
    expect(countSyllables('hmm')).toBe(1);
    expect(countSyllables('')).toBe(1);
  });

  it('reads numbers digit by digit and initialisms letter by letter, unless they are said as a word', () => {
    expect(countSyllables('999')).toBe(3);
    expect(countSyllables('5,000')).toBe(4);
    expect(countSyllables('NHS')).toBe(3);
    expect(countSyllables("NSPCC's")).toBe(5);
    expect(countSyllables('MARAC')).toBe(2);
  });

  it('ignores case and apostrophes in ordinary words', () => {
    expect(countSyllables('Police')).toBe(2);
    expect(countSyllables("child's")).toBe(1);
    expect(countSyllables('don’t')).toBe(1);
  });
});

describe('plainText', () => {
  it('removes frontmatter, imports, exports and JSX tags, keeping the text inside tags', () => {
    const source = [
      '---',
      'title: Test page',
      'audiences: [residents]',
      '---',
      "import Callout from '../../src/components/Callout.astro';",
      'export const meta = {',
      "  note: 'not prose',",
      '};',
      '',
      '<Callout tone="warning" onClose={() => close()}>',
      'Call <strong>999</strong> in an emergency.',
      '</Callout>',
      '',
      '{/* an editor note */}',
      '<!-- another note -->',
    ].join('\n');
    expect(plainText(source)).toBe('Call 999 in an emergency.');
  });

  it('keeps link text and drops the address, images and reference definitions', () => {
    const source = [
      'Talk to [Childline](/services/childline/ "Childline") or [the NSPCC][nspcc] today.',
      '![A poster](/images/poster.png)',
      '',
      '[nspcc]: https://www.nspcc.org.uk',
    ].join('\n');
    expect(plainText(source)).toBe('Talk to Childline or the NSPCC today.');
  });

  it('removes heading hashes, list markers, emphasis and code, and joins wrapped lines', () => {
    const source = [
      '## What to do',
      '',
      'If you are **worried**, tell someone',
      'you _trust_. Use `7726` for scam texts.',
      '',
      '- call the police;',
      '- talk to a',
      '  friend.',
      '1. First step',
      '2. Second step',
      '',
      '```js',
      'const code = "not prose";',
      '```',
      '',
      '> A quote.',
      '',
      '---',
    ].join('\n');
    expect(plainText(source).split('\n')).toEqual([
      'What to do',
      'If you are worried, tell someone you trust. Use 7726 for scam texts.',
      'call the police;',
      'talk to a friend.',
      'First step',
      'Second step',
      'A quote.',
    ]);
  });

  it('keeps a wrapped line that starts with a year as part of its paragraph', () => {
    expect(plainText('The partnerships were set up by the Crime and Disorder Act\n1998. The Act says more.')).toBe(
      'The partnerships were set up by the Crime and Disorder Act 1998. The Act says more.',
    );
  });

  it('decodes entities and escapes, and leaves snake_case alone', () => {
    expect(plainText('Fish &amp; chips \\*not emphasis\\* in file_name.')).toBe('Fish & chips *not emphasis* in file_name.');
  });
});

describe('sentencesOf and wordsOf', () => {
  it('ends a sentence at a full stop, question mark, exclamation mark or line break', () => {
    expect(sentencesOf('Call 999. Are you safe? Get out now!\nA list item\nAnother item')).toEqual([
      'Call 999',
      'Are you safe',
      'Get out now!',
      'A list item',
      'Another item',
    ]);
  });

  it('does not end a sentence at e.g., i.e., a number or No. 2', () => {
    expect(sentencesOf('Losses were £16.1 million, e.g. from bank scams, under the (No. 2) Regulations.')).toHaveLength(1);
  });

  it('ignores pieces with no words', () => {
    expect(sentencesOf('One.\n\n—\n...\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('counts hyphenated words, numbers and web addresses as one word each', () => {
    expect(wordsOf("Report anti-social behaviour to www.norfolk-pcc.gov.uk, it's 5,000 reports.")).toEqual([
      'Report',
      'anti-social',
      'behaviour',
      'to',
      'www.norfolk-pcc.gov.uk',
      "it's",
      '5,000',
      'reports',
    ]);
  });
});

describe('readability', () => {
  it('counts words, sentences and syllables and applies the Flesch formulas', () => {
    const score = readability('The cat sat on the mat. The dog ran.');
    expect(score).toMatchObject({ words: 9, sentences: 2, syllables: 9 });
    // 206.835 - 1.015 × 4.5 - 84.6 × 1
    expect(score.fleschReadingEase).toBeCloseTo(117.67, 2);
    // 0.39 × 4.5 + 11.8 × 1 - 15.59 + 5
    expect(score.readingAge).toBeCloseTo(2.965, 3);
  });

  it('scores short plain sentences as easy', () => {
    const score = readability(
      'If you are in danger now, call 999. You do not need proof to tell someone. We will listen to you. It is not your fault.',
    );
    expect(score.fleschReadingEase).toBeGreaterThan(80);
    expect(score.fleschReadingEase).toBeGreaterThan(residentTarget);
    expect(score.readingAge).toBeLessThan(9);
  });

  it('scores a dense bureaucratic sentence as very hard', () => {
    const score = readability(
      'The responsible authorities are statutorily required to formulate and implement a strategy for the ' +
        'reduction of crime and disorder, including anti-social behaviour and other behaviour adversely ' +
        'affecting the local environment, in consultation with relevant organisations and communities.',
    );
    expect(score.sentences).toBe(1);
    expect(score.fleschReadingEase).toBeLessThan(20);
    expect(score.readingAge).toBeGreaterThan(20);
  });

  it('treats each line as a sentence, so a bullet list is not one long sentence', () => {
    const list = ['call the police', 'tell a teacher', 'talk to a friend', 'write down what happened'].join('\n');
    const asLines = readability(list);
    const asOneLine = readability(list.replace(/\n/g, ' '));
    expect(asLines.sentences).toBe(4);
    expect(asOneLine.sentences).toBe(1);
    expect(asLines.words).toBe(asOneLine.words);
    expect(asLines.fleschReadingEase).toBeGreaterThan(asOneLine.fleschReadingEase);
  });

  it('scores the plain text of a page, not its markup', () => {
    const page = ['---', 'title: Help', '---', '', '## Get help', '', 'Call [Childline](/services/childline/) on 0800 1111.'].join('\n');
    expect(readability(plainText(page))).toMatchObject({ words: 7, sentences: 2 });
  });

  it('gives no score for text with no words', () => {
    const score = readability('  \n — \n');
    expect(score).toMatchObject({ words: 0, sentences: 0, syllables: 0 });
    expect(score.fleschReadingEase).toBeNaN();
    expect(score.readingAge).toBeNaN();
  });

  it('has a resident target of at least 60, the bottom of plain English', () => {
    expect(residentTarget).toBeGreaterThanOrEqual(60);
  });
});
