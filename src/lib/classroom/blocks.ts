/**
 * A school resource's MDX body as plain blocks for print, and the hand-outs marked in it.
 *
 * A hand-out is pupil material inside a lesson (story cards, scenarios, statements). Editors mark
 * one with a heading that starts "Hand-out:" and end it with a line of three dashes:
 *
 *     #### Hand-out: Kai's story cards
 *
 *     **Card A.** Kai is 13. ...
 *
 *     ---
 *
 * The closing line is required, so teacher notes after the pupil text (answers, "take feedback")
 * can never slip onto a sheet handed to pupils: a missing or misplaced line stops the build.
 */
import { mdxToMdast } from 'satteri';

/** Part of a line of text: bold or not. */
export interface Run {
  /** The words, with Markdown's line breaks inside a paragraph turned into spaces. */
  text: string;
  /** True for **strong** text. */
  bold: boolean;
}

/** One printed block, in reading order. */
export type Block =
  | { kind: 'heading'; /** 2 for `##`, 3 for `###`, and so on. */ depth: number; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; /** The first item's number in an ordered list. */ start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] };

/** Pupil material marked in a resource. */
export interface HandOut {
  /** The heading's words after "Hand-out:", e.g. "Kai's story cards". */
  title: string;
  /** The heading's line in the file, for messages. */
  line: number;
  /** What the pupils get, without the heading. */
  blocks: Block[];
}

/** The whole resource, for the lesson plan, and its hand-outs in document order. */
export interface ClassroomContent {
  /** Every block of the body; hand-out headings stay, closing lines do not. */
  blocks: Block[];
  handOuts: HandOut[];
}

/** The part of an mdast node this file reads. */
interface Node {
  type: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  value?: string;
  alt?: string | null;
  children?: Node[];
  position?: { start: { line: number }; end: { line: number } };
}

/** A heading that means to mark a hand-out, spelt any common way; a colon and a name must follow. */
const handOutWord = /^\s*hand[\s-]*outs?\b\s*(:?)\s*(.*)$/iu;
const closingHint = 'a line of three dashes (---) with a blank line above it';

/** Text of inline content: links, abbreviations and code keep their words. */
function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  if (node.type === 'footnoteReference') return '';
  return (node.children ?? []).map(plainText).join('');
}

/** Bold and plain runs of inline content, neighbours of the same weight joined. */
function collectRuns(nodes: readonly Node[], bold: boolean, runs: Run[]): Run[] {
  for (const node of nodes) {
    if (node.children && node.type !== 'inlineCode') {
      collectRuns(node.children, bold || node.type === 'strong', runs);
      continue;
    }
    const text = plainText(node);
    const last = runs.at(-1);
    if (last && last.bold === bold) last.text += text;
    else if (text) runs.push({ text, bold });
  }
  return runs;
}

/** A paragraph's runs with Markdown's line breaks and repeated spaces made single spaces. */
function runsOf(nodes: readonly Node[]): Run[] {
  const runs = collectRuns(nodes, false, []);
  for (const run of runs) run.text = run.text.replace(/\s+/gu, ' ');
  if (runs[0]) runs[0].text = runs[0].text.trimStart();
  const last = runs.at(-1);
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== '');
}

/** One mdast block as print blocks; anything with no words (a footnote, a rule) gives none. */
function blocksOf(node: Node): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', depth: node.depth ?? 2, text: plainText(node).replace(/\s+/gu, ' ').trim() }];
    case 'paragraph': {
      const runs = runsOf(node.children ?? []);
      return runs.length > 0 ? [{ kind: 'paragraph', runs }] : [];
    }
    case 'list':
      return [
        {
          kind: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          items: (node.children ?? []).map((item) => (item.children ?? []).flatMap(blocksOf)),
        },
      ];
    case 'blockquote':
      return [{ kind: 'quote', blocks: (node.children ?? []).flatMap(blocksOf) }];
    case 'code':
      return [{ kind: 'paragraph', runs: [{ text: node.value ?? '', bold: false }] }];
    case 'image':
      return node.alt ? [{ kind: 'paragraph', runs: [{ text: node.alt, bold: false }] }] : [];
    // A table prints as one paragraph per row, its cells separated by semicolons.
    case 'table':
      return (node.children ?? []).map((row) => ({
        kind: 'paragraph',
        runs: [{ text: (row.children ?? []).map((cell) => plainText(cell).trim()).join('; '), bold: false }],
      }));
    default:
      return [];
  }
}

/** The problem's line first, as the site's other content errors are written. */
const problem = (file: string, line: number, message: string) => `${file}, line ${line}: ${message}`;

/**
 * Reads a resource file (frontmatter and body) into blocks and hand-outs. Every mistake in the
 * marking is reported at once, each with the file, line and heading, in one thrown Error.
 */
export function classroomContent(source: string, file: string): ClassroomContent {
  const root = mdxToMdast(source) as unknown as Node;
  const blocks: Block[] = [];
  const handOuts: HandOut[] = [];
  const problems: string[] = [];
  let open: HandOut | undefined;
  const lineOf = (node: Node) => node.position?.start.line ?? 1;

  for (const node of root.children ?? []) {
    if (node.type === 'yaml' || node.type === 'toml') continue;
    if (node.type === 'thematicBreak') {
      if (!open) {
        problems.push(problem(file, lineOf(node), `a line of three dashes (---) closes a hand-out, but no hand-out is open above it. Start the pupils' text with a heading such as "#### Hand-out: Story cards", or remove the line.`));
      } else {
        if (open.blocks.length === 0) {
          problems.push(problem(file, open.line, `the hand-out "${open.title}" is empty. Put the pupils' text between its heading and the line of three dashes that closes it.`));
        }
        open = undefined;
      }
      continue;
    }
    const converted = blocksOf(node);
    if (node.type === 'heading') {
      const text = plainText(node).replace(/\s+/gu, ' ').trim();
      if (open) {
        // `---` right under a line of text makes that text a heading, so say how to avoid it.
        const setext = node.position && node.position.end.line > node.position.start.line;
        problems.push(
          problem(file, open.line, `the hand-out "${open.title}" has no closing line before the heading "${text}" (line ${lineOf(node)}). End the hand-out with ${closingHint}${setext ? ': without the blank line, the dashes turn the text above them into a heading' : ''}.`),
        );
        open = undefined;
      }
      const marker = handOutWord.exec(text);
      if (marker) {
        const [, colon, title = ''] = marker;
        if (!colon || title.trim() === '') {
          problems.push(problem(file, lineOf(node), `the heading "${text}" looks like a hand-out but has no name. Write it as "Hand-out: " and then what pupils get, such as "Hand-out: Kai's story cards".`));
        } else {
          open = { title: title.trim(), line: lineOf(node), blocks: [] };
          if (handOuts.some((handOut) => handOut.title.toLowerCase() === open!.title.toLowerCase())) {
            problems.push(problem(file, lineOf(node), `there are two hand-outs called "${open.title}". Give each a name of its own.`));
          }
          handOuts.push(open);
        }
      }
    } else if (open) {
      open.blocks.push(...converted);
    }
    blocks.push(...converted);
  }
  if (open) {
    problems.push(problem(file, open.line, `the hand-out "${open.title}" is never closed. End it with ${closingHint}, where the pupils' text ends.`));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { blocks, handOuts };
}

/** Every text in some blocks, for checking that the font can draw them. */
export function* textsOf(blocks: readonly Block[]): Generator<string> {
  for (const block of blocks) {
    if (block.kind === 'heading') yield block.text;
    else if (block.kind === 'paragraph') for (const run of block.runs) yield run.text;
    else if (block.kind === 'list') for (const item of block.items) yield* textsOf(item);
    else yield* textsOf(block.blocks);
  }
}
