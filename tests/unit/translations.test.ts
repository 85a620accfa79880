import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';

vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection, reference: () => z.string() }));

const { translationSchema, dialableNumbersIn, unconfirmedNumberProblems } = await import('../../src/collections/translations');
const schema = translationSchema(z.string());

const source = { title: 'GOV.UK: Domestic abuse: how to get help (in Polish)', url: 'https://www.gov.uk/guidance/domestic-abuse-how-to-get-help.pl', checked: '2026-11-30' };
const statement = { text: 'Zadzwoń pod 999.', english: 'Call 999.', source };
const page = (overrides: Record<string, unknown> = {}, sentence: Record<string, unknown> = statement) => ({
  language: 'pl',
  title: { text: 'Pomoc', english: 'Help' },
  intro: { text: 'Wstęp.', english: 'Intro.' },
  reviewNotice: 'Ta strona nie została jeszcze sprawdzona.',
  sections: [{ heading: { text: 'W nagłym wypadku', english: 'In an emergency' }, statements: [sentence] }],
  ...overrides,
});

/** The schema's messages for a page, joined, so a test can say why it was refused. */
const errorsOf = (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
};

describe('translated pages', () => {
  it('accepts a page whose sentences each have an English and a source, and is awaiting review without one', () => {
    const result = schema.parse(page());
    expect(result.review).toBeUndefined();
    expect(result.sections[0]!.statements[0]!.source.checked).toEqual(new Date('2026-11-30T00:00:00Z'));
  });

  it('refuses a sentence without a source', () => {
    const { source: _left, ...withoutSource } = statement;
    expect(errorsOf(page({}, withoutSource))).toMatch(/sections\.0\.statements\.0\.source/);
  });

  it('refuses a source without a web address or a check date', () => {
    expect(errorsOf(page({}, { ...statement, source: { title: source.title, checked: source.checked } }))).toMatch(/source\.url/);
    expect(errorsOf(page({}, { ...statement, source: { title: source.title, url: source.url } }))).toMatch(/source\.checked/);
  });

  it('refuses a sentence without its English', () => {
    const { english: _left, ...withoutEnglish } = statement;
    expect(errorsOf(page({}, withoutEnglish))).toMatch(/statements\.0\.english/);
  });

  it('records a review only with both the reviewer and a real date', () => {
    expect(schema.parse(page({ review: { reviewedBy: 'A. Tłumacz, ITI', date: '2026-12-01' } })).review?.reviewedBy).toBe('A. Tłumacz, ITI');
    expect(errorsOf(page({ review: { reviewedBy: 'A. Tłumacz' } }))).toMatch(/review\.date/);
    expect(errorsOf(page({ review: { date: '2026-12-01' } }))).toMatch(/review\.reviewedBy/);
    expect(errorsOf(page({ review: { reviewedBy: '  ', date: '2026-12-01' } }))).toMatch(/review\.reviewedBy/);
    expect(errorsOf(page({ review: { reviewedBy: 'A. Tłumacz', date: '2026-02-30' } }))).toMatch(/review\.date/);
  });

  it('refuses a language the site does not list', () => {
    expect(errorsOf(page({ language: 'xx' }))).toMatch(/language/);
  });
});

describe('numbers typed into translated sentences', () => {
  it('finds numbers a reader could dial, but not other figures', () => {
    expect(dialableNumbersIn('Zadzwoń pod 999, naciśnij 55, albo 101.')).toEqual(['999', '55', '101']);
    expect(dialableNumbersIn('Infolinia 08000 121 700 i 116 123.')).toEqual(['08000121700', '116123']);
    expect(dialableNumbersIn('Może pomóc w ponad 200 językach, od 2019.')).toEqual([]);
  });

  it('names the file and field of a number no confirmed service gives', () => {
    const problems = unconfirmedNumberProblems(
      'content/translations/pl.yaml',
      [
        { field: 'sections[0].statements[0].text', text: 'Zadzwoń pod 999 i naciśnij 55.' },
        { field: 'sections[1].statements[0].text', text: 'Zadzwoń pod 0800 123 4567.' },
      ],
      new Set(['999', '55']),
    );
    expect(problems).toEqual([expect.stringMatching(/pl\.yaml, field "sections\[1\]\.statements\[0\]\.text": the number 08001234567/)]);
  });
});
