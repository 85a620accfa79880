import { describe, expect, it } from 'vitest';
import { audienceSchema, hoursSchema, isoDateSchema, phoneSchema, topicSchema } from '../../src/lib/schemas';

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('field schemas', () => {
  it('lists the allowed slugs when a topic or audience is unknown', () => {
    const topic = topicSchema.safeParse('burglary');
    expect(messages(topic)[0]).toMatch(/unknown topic "burglary": use one of fraud-and-scams, domestic-abuse/);
    const audience = audienceSchema.safeParse('parents');
    expect(messages(audience)[0]).toMatch(/unknown audience "parents": use one of residents, schools, workforce/);
  });

  it('turns a phone number into its display form and link', () => {
    expect(phoneSchema.parse({ number: '0808 2000 247' })).toMatchObject({
      kind: 'call',
      display: '0808 2000 247',
      href: 'tel:+448082000247',
    });
    expect(phoneSchema.parse({ number: '7726', kind: 'text' }).href).toBe('sms:7726');
  });

  it('names the number field when a phone number is malformed', () => {
    const result = phoneSchema.safeParse({ number: '0808 2000' });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual(['number: "0808 2000" is not a valid UK phone number']);
  });

  it('accepts real dates and refuses impossible ones', () => {
    expect(isoDateSchema.parse('2026-11-27').toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(messages(isoDateSchema.safeParse('2026-02-30'))[0]).toMatch(/"2026-02-30" is not a real date/);
  });

  it('reads opening hours as always, weekly periods, or unknown', () => {
    expect(hoursSchema.parse([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }])).toEqual({ kind: 'always' });
    expect(hoursSchema.safeParse('always').success).toBe(false);
    expect(hoursSchema.parse(undefined)).toEqual({ kind: 'unknown' });
    expect(hoursSchema.parse([{ days: ['mon'], opens: '09:00', closes: '17:00' }])).toEqual({
      kind: 'weekly',
      periods: [{ days: ['mon'], opens: '09:00', closes: '17:00' }],
    });
  });

  it('refuses hours that close before they open, or name a day that does not exist', () => {
    expect(messages(hoursSchema.safeParse([{ days: ['mon'], opens: '17:00', closes: '09:00' }]))).toContain(
      '0.closes: closes must be later than opens',
    );
    expect(hoursSchema.safeParse([{ days: ['funday'], opens: '09:00', closes: '17:00' }]).success).toBe(false);
  });
});

describe('topic lists', () => {
  it('expands `all` to every topic and names a bad one', async () => {
    const { topicListSchema } = await import('../../src/lib/schemas');
    const { topics } = await import('../../src/lib/taxonomy');
    expect(topicListSchema.parse('all')).toHaveLength(topics.length);
    expect(messages(topicListSchema.safeParse(['hate-crime', 'burglary']))[0]).toMatch(/^1: unknown topic "burglary"/);
  });
});

describe('strict fields', () => {
  it('refuses a misspelt field and suggests the closest known one', async () => {
    const { strictFields, textSchema } = await import('../../src/lib/schemas');
    const { z } = await import('astro/zod');
    const schema = strictFields({ title: textSchema, sensitive: z.boolean().default(false) });
    const result = schema.safeParse({ title: 'Domestic abuse', sensitve: true });
    expect(messages(result)[0]).toMatch(/^: unknown field "sensitve": did you mean "sensitive"\? Known fields: title, sensitive$/);
  });

  it('refuses unknown fields in a phone number too', () => {
    expect(messages(phoneSchema.safeParse({ number: '101', kidn: 'text' }))[0]).toMatch(/unknown field "kidn": did you mean "kind"\?/);
  });
});

describe('numbers that make sense', () => {
  it.each([
    ['0909 123 4567', /premium-rate/],
    ['070 1234 5678', /personal number/],
  ])('refuses %s', (number, reason) => {
    expect(messages(phoneSchema.safeParse({ number }))[0]).toMatch(reason);
  });

  it('offers texts only to mobiles and short codes that take them', () => {
    expect(phoneSchema.safeParse({ number: '07717 989 025', kind: 'text' }).success).toBe(true);
    expect(phoneSchema.safeParse({ number: '7726', kind: 'text' }).success).toBe(true);
    expect(messages(phoneSchema.safeParse({ number: '0808 2000 247', kind: 'text' }))).toEqual([
      'kind: 0808 2000 247 cannot take texts: use kind: text only for mobile numbers and short codes such as 7726',
    ]);
    expect(phoneSchema.safeParse({ number: '101', kind: 'text' }).success).toBe(false);
  });

  it('keeps 999 and 112 to the emergency services entry', async () => {
    const { parseUkPhone, phoneUseProblem } = await import('../../src/lib/phone');
    const nineNineNine = parseUkPhone('999');
    if (!nineNineNine.ok) throw new Error(nineNineNine.reason);
    expect(phoneUseProblem(nineNineNine.phone, 'call', false)).toMatch(/only the emergency services entry may list it/);
    expect(phoneUseProblem(nineNineNine.phone, 'text', true)).toBeUndefined();
    expect(phoneUseProblem(nineNineNine.phone, 'call', true)).toBeUndefined();
  });
});

describe('web addresses', () => {
  it('accepts https only', async () => {
    const { urlSchema } = await import('../../src/lib/schemas');
    expect(urlSchema.safeParse('https://www.norfolk.gov.uk/').success).toBe(true);
    expect(messages(urlSchema.safeParse('http://www.norfolk.gov.uk/'))[0]).toMatch(/starting https:\/\//);
    expect(urlSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });

  it('refuses a bare home page where a link must act', async () => {
    const { actionUrlSchema } = await import('../../src/lib/schemas');
    expect(messages(actionUrlSchema.safeParse('https://www.norfolk.gov.uk'))[0]).toMatch(/is a home page: link the page that does the job/);
    expect(actionUrlSchema.safeParse('https://www.norfolk.gov.uk/?q=1').success).toBe(true);
    expect(actionUrlSchema.safeParse('https://www.gov.uk/ACT').success).toBe(true);
  });
});

describe('a form address that is not an address', () => {
  it('says it must be a web address, instead of failing inside the home-page check', async () => {
    const { actionUrlSchema } = await import('../../src/lib/schemas');
    expect(messages(actionUrlSchema.safeParse('not a url'))).toEqual([': must be a full web address starting https://']);
  });
});
