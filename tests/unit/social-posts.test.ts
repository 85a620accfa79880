import { describe, expect, it } from 'vitest';
import { characterCount, checkPost, draftPosts, platforms } from '../../src/lib/social-posts';

const x = platforms.find((platform) => platform.name === 'X')!;
const bluesky = platforms.find((platform) => platform.name === 'Bluesky')!;

describe('social posts', () => {
  it('counts a link as 23 characters on X and as written elsewhere', () => {
    const text = 'Read more: https://www.example.org/campaigns/fraud-and-scams/';
    expect(characterCount(text, x)).toBe('Read more: '.length + 23);
    expect(characterCount(text, bluesky)).toBe(text.length);
  });

  it('counts an emoji or accented letter once', () => {
    expect(characterCount('café 👍🏽', bluesky)).toBe(6);
  });

  it('says which platforms a long post is too long for', () => {
    const checks = checkPost('a'.repeat(290));
    expect(checks.find((check) => check.platform.name === 'X')?.fits).toBe(false);
    expect(checks.find((check) => check.platform.name === 'Bluesky')?.fits).toBe(true);
  });

  it('drafts posts from the campaign words, with its link and hashtags', () => {
    const posts = draftPosts({
      title: 'Fraud and scams',
      keyMessage: 'Stop. Think. Check.',
      summary: 'Learn the tricks scammers use.',
      signs: ['One', 'Two', 'Three', 'Four'],
      hashtags: ['#SaferNorfolk'],
      url: 'https://example.org/campaigns/fraud-and-scams/',
    });
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      expect(post).toContain('https://example.org/campaigns/fraud-and-scams/');
      expect(post).toContain('#SaferNorfolk');
    }
    expect(posts[1]).toContain('- Three');
    expect(posts[1]).not.toContain('Four');
  });
});
