import { describe, expect, it } from 'vitest';
import { checkPost, composePost, draftPosts, platforms, postProblems } from '../../src/lib/social-posts';

const platform = (name: string) => platforms.find((candidate) => candidate.name === name)!;
const x = platform('X');
const bluesky = platform('Bluesky');
const threads = platform('Threads');
const url = 'https://www.example.org/campaigns/fraud-and-scams/';

describe('platform limits', () => {
  it('lists only platforms with a limit from their own pages, each with its source and check date', () => {
    expect(platforms.map((each) => [each.name, each.limit])).toEqual([
      ['X', 280],
      ['Bluesky', 300],
      ['Threads', 500],
    ]);
    for (const each of platforms) {
      expect(each.source).toMatch(/^https:\/\/(docs\.x\.com|github\.com\/bluesky-social|developers\.facebook\.com)\//);
      expect(each.checked).toBe('2026-11-30');
    }
  });
});

describe('counting a post as each platform does', () => {
  it('counts a link as 23 characters on X and in full on Bluesky and Threads', () => {
    const text = `Read more: ${url}`;
    expect(x.count(text)).toBe('Read more: '.length + 23);
    expect(bluesky.count(text)).toBe(text.length);
    expect(threads.count(text)).toBe(text.length);
  });

  it('counts an emoji as 2 on X, 1 on Bluesky and its UTF-8 bytes on Threads', () => {
    expect(bluesky.count('café 👍🏽')).toBe(6);
    expect(x.count('café 👍🏽')).toBe(7);
    expect(threads.count('café 👍🏽')).toBe(5 + new TextEncoder().encode('👍🏽').length);
  });

  it('counts letters outside X’s Latin ranges twice, and its punctuation once', () => {
    expect(x.count('日本')).toBe(4);
    expect(x.count('a – b')).toBe(5);
  });

  it('says which platforms a long post is too long for', () => {
    const checks = checkPost('a'.repeat(290));
    expect(checks.find((check) => check.platform.name === 'X')?.fits).toBe(false);
    expect(checks.find((check) => check.platform.name === 'Bluesky')?.fits).toBe(true);
  });
});

describe('posts as partners copy them', () => {
  const rules = { url, hashtags: ['#SaferNorfolk'], actionNumber: '159', confirmedNumbers: new Set(['159', '08082000247']) };

  it('adds the address and hashtags after the words', () => {
    expect(composePost('Hang up and call 159.', url, ['#SaferNorfolk', '#ScamAware'])).toBe(
      `Hang up and call 159.\n\n${url}\n\n#SaferNorfolk #ScamAware`,
    );
    expect(composePost('Words', url, [])).toBe(`Words\n\n${url}`);
  });

  it('finds nothing wrong with a short post that gives the number', () => {
    expect(postProblems(['Hang up and call 159.'], rules)).toEqual([]);
  });

  it('names the post that is too long, with the platform and the count', () => {
    const problems = postProblems(['Call 159. ' + 'word '.repeat(60)], rules);
    expect(problems.join('\n')).toMatch(/^post 1 is \d+ characters on X, over its limit of 280/m);
    expect(problems.join('\n')).toMatch(/post 1 is \d+ characters on Bluesky, over its limit of 300/);
    expect(problems.join('\n')).not.toContain('Threads');
  });

  it('refuses a typed address, a repeated hashtag, an unconfirmed number and a missing action', () => {
    const problems = postProblems(
      ['Call 159 or see https://example.org', 'Call 159 #SaferNorfolk', 'Call 159 or 0800 123 4567', 'Stop. Think. Check.'],
      rules,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^post 1 has a web address/),
      expect.stringMatching(/^post 2 repeats a hashtag/),
      expect.stringMatching(/^post 3 types 0800 123 4567, which no confirmed service/),
      expect.stringMatching(/^post 4 does not give the number .*\(159\)/),
    ]);
  });

  it('drafts posts from the key message and summary, each with the action', () => {
    const posts = draftPosts({ keyMessage: 'Stop. Think. Check.', summary: 'Learn the tricks scammers use', action: 'Call 159' });
    expect(posts).toEqual(['Stop. Think. Check. Call 159.', 'Learn the tricks scammers use. Call 159.']);
    expect(postProblems(posts, rules)).toEqual([]);
  });
});
