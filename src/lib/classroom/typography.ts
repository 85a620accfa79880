/**
 * Print typography for classroom sheets: the same curly quotes the web page shows (Astro sets them
 * when it renders Markdown), and no emoji, which the typeface does not have.
 */
import type { Block, Run } from './blocks';

/**
 * Emoji are left out of print: a chat message reads the same without its smiley. Any other letter
 * the font cannot draw stops the build instead (see `assertDrawable` in printables.ts).
 */
const emoji = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]/gu;

const wordCharacter = /[\p{L}\p{N}]/u;
const opensBefore = /[\s([{\u2014\u2013-]/u;

/**
 * Straight quotes made curly: "after a space" opens, "after a word" closes, and an apostrophe
 * inside or after a word is ’. One character in, one out, so run boundaries stay where they were.
 */
export function curlyQuotes(text: string): string {
  const characters = [...text];
  return characters
    .map((character, index) => {
      const before = characters[index - 1];
      const opening = before === undefined || opensBefore.test(before);
      if (character === '"') return opening ? '“' : '”';
      if (character === "'") return opening && wordCharacter.test(characters[index + 1] ?? '') ? '‘' : '’';
      return character;
    })
    .join('');
}

/** A paragraph's runs with emoji removed and quotes set across run boundaries. */
function printRuns(runs: readonly Run[]): Run[] {
  const cleaned = runs.map((run) => ({ ...run, text: run.text.replace(emoji, '').replace(/ {2,}/gu, ' ') }));
  const whole = curlyQuotes(cleaned.map((run) => run.text).join(''));
  let offset = 0;
  const set = cleaned.map((run) => {
    const length = [...run.text].length;
    const text = [...whole].slice(offset, offset + length).join('');
    offset += length;
    return { ...run, text };
  });
  const last = set.at(-1);
  if (last) last.text = last.text.trimEnd();
  return set.filter((run) => run.text !== '');
}

/** Blocks ready for print: emoji out, quotes curly. */
export function forPrint(blocks: readonly Block[]): Block[] {
  return blocks.map((block): Block => {
    if (block.kind === 'heading') return { ...block, text: forPrintText(block.text) };
    if (block.kind === 'list') return { ...block, items: block.items.map(forPrint) };
    if (block.kind === 'quote') return { ...block, blocks: forPrint(block.blocks) };
    return { ...block, runs: printRuns(block.runs) };
  });
}

/** One line of text ready for print. */
export function forPrintText(text: string): string {
  return curlyQuotes(text.replace(emoji, '').replace(/ {2,}/gu, ' ').trim());
}
