/** The search logic, without a browser: what is looked up, how spelling is corrected, how pages rank. */
import { describe, expect, it } from 'vitest';
import { planQuery, tokenise } from '../../src/lib/search/query';
import { rankPages, type PageFacts, type WordHits } from '../../src/lib/search/rank';
import { searchPages, type SearchIndex } from '../../src/lib/search/search';
import { allowedEdits, closestWord } from '../../src/lib/search/spelling';
import { searchTextsOfPage, vocabularyOf } from '../../src/lib/search/vocabulary';

describe('what is looked up', () => {
  it.each([
    ['someone is ringing my dad pretending to be his bank', ['ringing', 'dad', 'pretending', 'bank']],
    ['racist abuse on bus', ['racist', 'abuse', 'bus']],
    ['drugs being sold next door', ['drugs', 'sold', 'next', 'door']],
    ["my boyfriend won't let me see my friends", ['boyfriend', 'let', 'see', 'friends']],
    ['My 14 year old daughter has an older boyfriend', ['14', 'daughter', 'older', 'boyfriend']],
    ['  Scam   TEXT? ', ['scam', 'text']],
    ['scam scam scam', ['scam']],
    ['anti-social behaviour', ['anti-social', 'behaviour']],
    ['7 minute briefing', ['7', 'minute', 'briefing']],
    // Contractions that are words once the apostrophe goes stay in.
    ["she'd hit me", ['shed', 'hit']],
    // Only stop words: looked up anyway, never dropped.
    ['what can I do', ['what', 'can', 'i', 'do']],
    ['constructor toString', ['constructor', 'tostring']],
  ])('%j looks up %j', (typed, words) => {
    expect(planQuery(typed).words).toEqual(words);
  });

  it('reads curly apostrophes like straight ones', () => {
    expect(tokenise('won’t ‘let’ me')).toEqual(['wont', 'let', 'me']);
  });

  it.each([
    ['lesson plan KS2', ['lesson', 'plan'], ['ks2'], ['resource']],
    ['KS 3 assembly', ['assembly'], ['ks3'], ['resource']],
    ['key stage 4 lesson on consent', ['lesson', 'consent'], ['ks4'], ['resource']],
    ['consent for post 16', ['consent'], ['post-16'], ['resource']],
    ['assembly about knife crime for year 10', ['assembly', 'knife', 'crime'], ['ks4'], ['resource']],
    ['primary school assembly about secrets', ['school', 'assembly', 'secrets'], ['ks1', 'ks2'], ['resource']],
    // A parent's "year 9" is not a wish for a lesson.
    ['my son in year 9 carries a knife', ['son', 'carries', 'knife'], [], []],
    ['7 minute briefing on modern slavery for my team', ['7', 'minute', 'briefing', 'modern', 'slavery', 'team'], [], ['briefing']],
    ['how do I make a referral', ['make', 'referral'], [], ['briefing', 'service']],
    ['what should staff do', ['staff'], [], ['resource', 'briefing']],
    ['someone is ringing my dad', ['ringing', 'dad'], [], []],
  ])('%j: words %j, key stages %j, asks first for %j', (typed, words, keyStages, prefer) => {
    expect(planQuery(typed)).toEqual({ words, keyStages, prefer });
  });
});

describe('spelling', () => {
  const vocabulary = ['behaviour', 'burglary', 'fraud', 'neighbours', 'phishing', 'racist', 'violence', 'scam', 'scams', 'bank'];

  it.each([
    ['burgalry', 'burglary'],
    ['frawd', 'fraud'],
    ['violance', 'violence'],
    ['behavior', 'behaviour'],
    ['nieghbours', 'neighbours'],
    ['rasist', 'racist'],
    ['fishing', 'phishing'],
    // As close to "scam" as to "scams"; the word of the same length wins.
    ['scamm', 'scams'],
  ])('%j is corrected to %j', (typed, used) => {
    expect(closestWord(typed, vocabulary)).toBe(used);
  });

  it.each([
    ['dad', 'too short to guess: one letter makes it bad or mad'],
    ['bank', 'the site uses it'],
    ['qqqzzzwww', 'nothing is close'],
    ['burglaries', 'too far from any word'],
    ['101', 'numbers are never corrected'],
  ])('%j is left alone: %s', (typed) => {
    expect(closestWord(typed, vocabulary)).toBeUndefined();
  });

  it('allows one edit up to 6 letters and two from 7', () => {
    expect([allowedEdits('abc'), allowedEdits('abcd'), allowedEdits('abcdef'), allowedEdits('abcdefg')]).toEqual([0, 1, 1, 2]);
  });

  it('breaks ties the same way whatever the order of the list', () => {
    const words = ['lane', 'pant', 'cane'];
    for (const list of [words, [...words].reverse()]) {
      // One edit from each: the word keeping the first letter wins, then alphabetical order.
      expect(closestWord('pane', list)).toBe('pant');
      expect(closestWord('xane', list)).toBe('cane');
    }
  });
});

describe('the word list written at build time', () => {
  it('takes the title and the keyword and phrase lines of an indexed page', () => {
    const html = `<html><body><main data-pagefind-body><div hidden>
      <p data-pagefind-weight="10" data-search-words>scam, courier fraud, Action Fraud</p>
      <p data-pagefind-weight="10" data-search-words>ringing pretending to be the bank. won&#39;t stop &amp; calls.</p>
      </div><h1 class="x">Fraud <em>and</em> scams</h1><p>Body text stays out.</p></main></body></html>`;
    expect(searchTextsOfPage(html)).toEqual([
      'Fraud  and  scams',
      'scam, courier fraud, Action Fraud',
      "ringing pretending to be the bank. won't stop & calls.",
    ]);
  });

  it('leaves out pages search leaves out', () => {
    expect(searchTextsOfPage('<main><h1>Page not found</h1></main>')).toEqual([]);
  });

  it('keeps words of four letters or more, once each, without stop words or numbers', () => {
    expect(vocabularyOf(['Fraud and scams', 'scam, fraud, 159, anti-social behaviour', 'someone is ringing'])).toEqual([
      'anti',
      'anti-social',
      'behaviour',
      'fraud',
      'ringing',
      'scam',
      'scams',
      'social',
    ]);
  });
});

const resident = { keyStages: [], prefer: [] } as const;
const facts = (entries: Record<string, Partial<PageFacts>>): Map<string, PageFacts> =>
  new Map(Object.entries(entries).map(([id, page]) => [id, { type: 'guide', keyStages: [], ...page }]));
const ids = (ranked: readonly { id: string }[]) => ranked.map((page) => page.id);

describe('ranking', () => {
  it('puts pages matching more of the words first, and keeps pages matching only some', () => {
    const found: WordHits[] = [
      { word: 'ringing', hits: [{ id: 'fraud', score: 5 }] },
      { word: 'dad', hits: [{ id: 'secrets', score: 5 }] },
      { word: 'bank', hits: [{ id: 'fraud', score: 5 }, { id: 'bank-line', score: 5 }, { id: 'secrets', score: 0.5 }] },
    ];
    const ranked = rankPages(resident, found, facts({}));
    expect(ids(ranked)).toEqual(['fraud', 'secrets', 'bank-line']);
    expect(ranked[0]!.matched).toEqual(['ringing', 'bank']);
  });

  it("uses the index's score between pages matching as many words", () => {
    const found: WordHits[] = [{ word: 'knife', hits: [{ id: 'news', score: 1 }, { id: 'campaign', score: 9 }] }];
    expect(ids(rankPages(resident, found, facts({})))).toEqual(['campaign', 'news']);
  });

  const mixed = facts({ lesson: { type: 'resource', keyStages: ['ks3'] }, briefing: { type: 'briefing' }, campaign: { type: 'campaign' }, help: { type: 'guide' } });
  const equal: WordHits[] = [
    { word: 'knife', hits: ['lesson', 'briefing', 'help', 'campaign'].map((id) => ({ id, score: 5 })) },
  ];

  it('puts the campaign and the Get help page before lessons and briefings for a resident', () => {
    expect(ids(rankPages(resident, equal, mixed))).toEqual(['campaign', 'help', 'lesson', 'briefing']);
  });

  it('puts the kind of page asked for first', () => {
    expect(ids(rankPages({ keyStages: [], prefer: ['briefing'] }, equal, mixed))[0]).toBe('briefing');
    expect(ids(rankPages({ keyStages: [], prefer: ['resource'] }, equal, mixed))[0]).toBe('lesson');
  });

  it('puts a resource made for the key stage named before guidance for every key stage', () => {
    const pages = facts({
      everyStage: { type: 'resource', keyStages: ['ks2', 'ks3', 'ks4', 'post-16'] },
      ks3: { type: 'resource', keyStages: ['ks3'] },
      ks4: { type: 'resource', keyStages: ['ks4'] },
    });
    const found: WordHits[] = [{ word: 'lesson', hits: ['everyStage', 'ks4', 'ks3'].map((id) => ({ id, score: 5 })) }];
    expect(ids(rankPages({ keyStages: ['ks3'], prefer: ['resource'] }, found, pages))).toEqual(['ks3', 'everyStage', 'ks4']);
  });
});

/** An index made of a table: word -> page ids with scores. Words not in it are not known. */
function tableIndex(table: Record<string, Record<string, number>>, vocabulary: string[] = [], pages = facts({})) {
  const asked: string[] = [];
  let vocabularyLoads = 0;
  const index: SearchIndex = {
    async find(word) {
      asked.push(word);
      const hits = Object.entries(table[word] ?? {}).map(([id, score]) => ({ id, score }));
      return { hits, known: word in table };
    },
    async vocabulary() {
      vocabularyLoads += 1;
      return vocabulary;
    },
    async facts() {
      return pages;
    },
  };
  return { index, asked, loads: () => vocabularyLoads };
}

describe('a whole search', () => {
  it('never comes back empty when one meaningful word matches', async () => {
    const { index } = tableIndex({ racist: { 'hate-crime': 8 }, abuse: { 'hate-crime': 4, 'domestic-abuse': 6 } });
    const outcome = await searchPages('racist abuse on bus', index);
    expect(ids(outcome.pages)).toEqual(['hate-crime', 'domestic-abuse']);
    expect(outcome.corrections).toEqual([]);
  });

  it("corrects a word the index does not hold, even when Pagefind's fallback found pages for it", async () => {
    const { index, loads } = tableIndex({ fraud: { 'fraud-and-scams': 9 } }, ['fraud', 'scam']);
    // "frawd" finds pages through the fallback to a shorter word, but the index does not know it.
    const fallback: SearchIndex = {
      ...index,
      async find(word) {
        return word === 'frawd' ? { hits: [{ id: 'page-with-F', score: 2 }], known: false } : index.find(word);
      },
    };
    const outcome = await searchPages('frawd', fallback);
    expect(outcome.corrections).toEqual([{ typed: 'frawd', used: 'fraud' }]);
    expect(ids(outcome.pages)).toEqual(['fraud-and-scams']);
    expect(loads()).toBe(1);
  });

  it('fetches the word list only when a word is unknown', async () => {
    const { index, loads } = tableIndex({ scam: { fraud: 3 }, text: { fraud: 1, '7726': 4 } }, ['scam']);
    await searchPages('scam text', index);
    expect(loads()).toBe(0);
  });

  it("keeps an unknown word's own pages when no word is close (a word started, not misspelt)", async () => {
    const { index } = tableIndex({}, ['fraud']);
    const started: SearchIndex = {
      ...index,
      async find(word) {
        return { hits: word === 'knif' ? [{ id: 'knife-crime', score: 5 }] : [], known: false };
      },
    };
    expect(ids((await searchPages('knif', started)).pages)).toEqual(['knife-crime']);
  });

  it('leaves a short unknown word alone and ranks by the rest', async () => {
    const { index, loads } = tableIndex({ bank: { fraud: 5 } }, ['bad', 'bank']);
    const outcome = await searchPages('dad bank', index);
    expect(outcome.corrections).toEqual([]);
    expect(loads()).toBe(0);
    expect(ids(outcome.pages)).toEqual(['fraud']);
  });

  it('lists the resources for a key stage asked for on its own', async () => {
    const pages = facts({ a: { type: 'resource', keyStages: ['ks2'] }, b: { type: 'resource', keyStages: ['ks4'] }, c: { type: 'campaign' } });
    const { index, asked } = tableIndex({}, [], pages);
    expect(ids((await searchPages('KS2', index)).pages)).toEqual(['a']);
    expect(asked).toEqual([]);
  });

  it('finds nothing for nonsense', async () => {
    const { index } = tableIndex({ scam: { fraud: 1 } }, ['scam']);
    expect((await searchPages('qqqzzzwww', index)).pages).toEqual([]);
  });
});
