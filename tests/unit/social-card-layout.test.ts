/**
 * The card layout, drawn for real with satori and resvg: long and short titles fit their box without
 * losing a word in every format, a story keeps clear of the strips apps cover, and every card is its own.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardContentFor, type CardContent } from '../../src/lib/social-card/content';
import { cardGlyphCheck, loadCardFonts } from '../../src/lib/social-card/fonts';
import {
  CardDoesNotFit,
  cardFormats,
  fontFamily,
  keepWordsWhole,
  planCard,
  textStyles,
  type CardFormat,
  type CardPlan,
} from '../../src/lib/social-card/layout';
import { bodyFits, createCardRenderer, type CardRenderer, type PlacedNode } from '../../src/lib/social-card/render';

let renderer: CardRenderer;
beforeAll(() => {
  renderer = createCardRenderer(loadCardFonts());
});

const title120 =
  'Reporting anti-social behaviour, hate incidents and scams to the right service in every district of Norfolk quickly';
const campaign = (overrides: Partial<CardContent> = {}): CardContent => ({
  kicker: 'Campaign',
  audiences: ['Residents', 'Schools', 'Professionals'],
  title: 'Fraud and scams',
  keyMessage: 'Stop. Think. Check before you pay or share your details.',
  topic: 'fraud-and-scams',
  ...overrides,
});

const hex = (colour: string) => [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));

/**
 * Everything that is wrong with a drawn card: laid-out text outside the body box or in a strip an app
 * covers, and any pixel painted in the margins that must stay empty (overflowing text would paint there).
 */
async function problemsWith(plan: CardPlan, against: CardFormat = plan.format): Promise<string[]> {
  const { bodyBox, contentWidth, grid, safeArea, width: cardWidth, height: cardHeight } = against;
  const placed: PlacedNode[] = [];
  const svg = await renderer.svg(plan, placed);
  const problems: string[] = [];
  for (const key of ['title', 'message']) {
    const node = placed.find((candidate) => candidate.key === key);
    if (!node) continue;
    if (node.top < bodyBox.top) problems.push(`${key} starts at ${node.top}, above the body (${bodyBox.top})`);
    if (node.top + node.height > bodyBox.bottom)
      problems.push(`${key} ends at ${node.top + node.height}, below the body (${bodyBox.bottom})`);
    if (node.left < bodyBox.left || node.left + node.width > bodyBox.right)
      problems.push(`${key} is wider than the body`);
  }
  // The background and the band's white run on under the strips; what is drawn on them stays clear.
  const drawn = ['mark', 'kicker', 'audiences', 'title', 'message', 'site-name', 'partnership'];
  for (const node of placed.filter((candidate) => drawn.includes(candidate.key ?? ''))) {
    const bottom = node.top + node.height;
    if (node.top < safeArea.top || bottom > cardHeight - safeArea.bottom)
      problems.push(`${node.key} (${node.top} to ${bottom}) is in a strip an app covers`);
  }
  const [words] = await renderer.measure([{ text: plan.title.text, style: plan.title.style, width: contentWidth }]);
  if (words!.longestWord > contentWidth)
    problems.push(`a title word is ${words!.longestWord}px wide, wider than ${contentWidth}px`);

  const { width, height, pixels } = await renderer.pixels(svg);
  if (width !== cardWidth || height !== cardHeight) problems.push(`drawn at ${width}x${height}`);
  const bandTop = cardHeight - safeArea.bottom - grid.bandHeight;
  const kickerTop = safeArea.top + grid.marginTop;
  const kickerBottom = kickerTop + grid.tileSize;
  const emptyZones = [
    { name: 'top margin', x: [0, cardWidth], y: [0, kickerTop - 4], colour: plan.colours.background },
    { name: 'left margin', x: [0, grid.marginX - 4], y: [0, bandTop], colour: plan.colours.background },
    {
      name: 'right margin',
      x: [cardWidth - grid.marginX + 4, cardWidth],
      y: [0, bandTop],
      colour: plan.colours.background,
    },
    {
      name: 'gap under the kicker',
      x: [0, cardWidth],
      y: [kickerBottom + 4, bodyBox.top - 4],
      colour: plan.colours.background,
    },
    { name: 'bottom margin', x: [0, cardWidth], y: [bodyBox.bottom + 4, bandTop], colour: plan.colours.background },
    {
      name: 'foot under the band',
      x: [0, cardWidth],
      y: [cardHeight - safeArea.bottom + 4, cardHeight],
      colour: plan.colours.band.background,
    },
  ];
  for (const zone of emptyZones) {
    const expected = hex(zone.colour);
    let painted = 0;
    for (let y = zone.y[0]!; y < zone.y[1]!; y++) {
      for (let x = zone.x[0]!; x < zone.x[1]!; x++) {
        const offset = (y * width + x) * 4;
        if (expected.some((channel, index) => Math.abs(pixels[offset + index]! - channel) > 2)) painted++;
      }
    }
    if (painted > 0) problems.push(`${painted} pixels painted in the ${zone.name}`);
  }
  return problems;
}

describe('titles fit their box', () => {
  it('a 120-character title keeps every word and stays inside the body', async () => {
    expect(title120.length).toBeGreaterThanOrEqual(115);
    const content = campaign({
      title: title120,
      kicker: 'News · Hate crime',
      keyMessage: undefined,
      summary: 'A summary of the story in one sentence, as the page gives it.',
      topic: 'hate-crime',
    });
    const plan = await renderer.plan(content);
    expect(plan.title.text).toBe(keepWordsWhole(title120));
    expect(plan.title.style.fontSize).toBeLessThan(88);
    expect(await problemsWith(plan)).toEqual([]);
  });

  it('a one-word title gets the biggest size', async () => {
    const plan = await renderer.plan(campaign({ title: 'Safeguarding' }));
    expect(plan.title.style.fontSize).toBe(88);
    expect(await problemsWith(plan)).toEqual([]);
  });

  it('a one-word title too wide for the card shrinks rather than breaking', async () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const plan = await renderer.plan(campaign({ title: word }));
    expect(plan.title.text).toBe(word);
    expect(plan.title.style.fontSize).toBeLessThan(88);
    expect(await problemsWith(plan)).toEqual([]);
  });

  it('a title too long for any size, on a card with no message, loses whole words at the end', async () => {
    const long = Array.from({ length: 6 }, () => title120).join(' ');
    const plan = await renderer.plan(campaign({ title: long, keyMessage: undefined }));
    expect(plan.title.text.endsWith('\u2026')).toBe(true);
    const kept = plan.title.text.slice(0, -1).split(' ');
    expect(kept.every((word, index) => word === keepWordsWhole(long).split(' ')[index])).toBe(true);
    expect(await problemsWith(plan)).toEqual([]);
  });

  it('would notice a title that does not fit, down or across', async () => {
    const tall = await renderer.plan(campaign({ title: title120 }));
    const tooTall: CardPlan = { ...tall, title: { text: tall.title.text, style: textStyles.title(120) } };
    expect((await problemsWith(tooTall)).join('\n')).toMatch(
      /title ends at \d+, below the body[\s\S]*painted in the bottom margin/,
    );

    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const wide = await renderer.plan(campaign({ title: word }));
    const tooWide: CardPlan = { ...wide, title: { text: word, style: textStyles.title(88) } };
    expect((await problemsWith(tooWide)).join('\n')).toMatch(
      /a title word is \d+px wide[\s\S]*painted in the right margin/,
    );
  });

  it('keeps hyphenated words whole and leaves other text alone', () => {
    expect(keepWordsWhole('Anti-social behaviour: 7-minute briefing - read it')).toBe(
      'Anti-\u2060social behaviour: 7-\u2060minute briefing - read it',
    );
  });

  it('every campaign-like card fits, with each kind of message', async () => {
    const contents = [
      cardContentFor({
        title: 'Sexual violence and abuse',
        description: 'x',
        type: 'campaign',
        topic: 'sexual-violence',
        audiences: ['residents', 'schools', 'workforce'],
        keyMessage: 'It is never your fault. You can get support, whenever it happened.',
      }),
      cardContentFor({
        title: 'Home',
        description: 'Report crime and anti-social behaviour, spot scams and abuse, and find support in Norfolk.',
        type: 'guide',
        home: true,
      }),
      cardContentFor({
        title: "King's Lynn and West Norfolk",
        description: "How to report anti-social behaviour and find support in King's Lynn and West Norfolk.",
        type: 'district',
        topic: 'anti-social-behaviour',
        audiences: ['residents'],
      }),
    ];
    for (const content of contents) expect(await problemsWith(await renderer.plan(content))).toEqual([]);
  });
});

describe('letters beyond basic Latin, and words that cannot fit', () => {
  const polish = campaign({ title: 'Zażółć gęślą jaźń', keyMessage: 'Żółw pędzi, ćma śpi, łąka źle lśni. Zgłoś to.' });

  it('a title with Polish letters lays out with no missing glyphs', async () => {
    const missingOnCard = cardGlyphCheck(loadCardFonts());
    expect([polish.title, polish.keyMessage!].flatMap(missingOnCard)).toEqual([]);
    const plan = await renderer.plan(polish);
    expect(plan.title.text).toBe(polish.title);
    expect(await problemsWith(plan)).toEqual([]);
    // Drawn from the basic file alone, those letters would be empty boxes: the card must differ.
    const basicOnly = createCardRenderer(loadCardFonts().filter((font) => font.name === fontFamily));
    expect(await renderer.svg(plan)).not.toBe(await basicOnly.svg(plan));
    // English cards are drawn exactly as before the second family was added.
    const english = await renderer.plan(campaign());
    expect(await renderer.svg(english)).toBe(await basicOnly.svg(english));
  });

  it('a 300-character title throws naming the key message instead of dropping it', async () => {
    const title300 = Array.from({ length: 3 }, () => title120)
      .join(' ')
      .slice(0, 300);
    expect(title300).toHaveLength(300);
    const content = campaign({ title: title300 });
    const failure = await renderer.plan(content).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CardDoesNotFit);
    expect((failure as CardDoesNotFit).part).toBe('key message');
    expect((failure as Error).message).toMatch(
      /^The key message does not fit on the card: .*Shorten the title or the key message\.$/,
    );
    await expect(planCard(content, renderer.measure)).rejects.toThrow(/key message does not fit/);
  });

  it('a title that fills the card throws naming the summary rather than leaving it out', async () => {
    const long = Array.from({ length: 6 }, () => title120).join(' ');
    const content = campaign({ title: long, keyMessage: undefined, summary: 'A summary of the story.' });
    await expect(renderer.plan(content)).rejects.toThrow(
      /^The summary does not fit on the card: the title ".*" fills the whole card/,
    );
  });
});

describe('the square and story images', () => {
  const shareFormats = [cardFormats.square, cardFormats.story];
  const biggestTitle = (format: CardFormat) => format.type.scale.title[0]!;

  it.each(shareFormats)('$name: a 120-character title keeps every word and stays inside the body', async (format) => {
    const content = campaign({
      title: title120,
      keyMessage: 'No one should be targeted for who they are. Report it.',
      topic: 'hate-crime',
    });
    const plan = await renderer.plan(content, format);
    expect(plan.format).toBe(format);
    expect(plan.title.text).toBe(keepWordsWhole(title120));
    expect(plan.title.style.fontSize).toBeLessThan(biggestTitle(format));
    expect(plan.message?.text).toBe(content.keyMessage);
    expect(await problemsWith(plan)).toEqual([]);
  });

  it.each(shareFormats)('$name: a one-word title gets the biggest size', async (format) => {
    const plan = await renderer.plan(campaign({ title: 'Prevent' }), format);
    expect(plan.title.style.fontSize).toBe(biggestTitle(format));
    expect(plan.message?.style.fontSize).toBe(format.type.scale.keyMessage.comfortable[0]);
    expect(await problemsWith(plan)).toEqual([]);
  });

  it.each(shareFormats)(
    '$name: a one-word title too wide for the image shrinks rather than breaking',
    async (format) => {
      const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
      const plan = await renderer.plan(campaign({ title: word }), format);
      expect(plan.title.text).toBe(word);
      expect(plan.title.style.fontSize).toBeLessThan(biggestTitle(format));
      expect(await problemsWith(plan)).toEqual([]);
    },
  );

  it.each(shareFormats)('$name: a title too long for any size, with no message, loses whole words', async (format) => {
    // A story has room for twice what a landscape card holds.
    const long = Array.from({ length: 12 }, () => title120).join(' ');
    const plan = await renderer.plan(campaign({ title: long, keyMessage: undefined }), format);
    expect(plan.title.text.endsWith('\u2026')).toBe(true);
    const kept = plan.title.text.slice(0, -1).split(' ');
    expect(kept.every((word, index) => word === keepWordsWhole(long).split(' ')[index])).toBe(true);
    expect(await problemsWith(plan)).toEqual([]);
  });

  it('a story keeps its words out of the top and bottom 250 pixels, which apps cover', async () => {
    expect(cardFormats.story.safeArea.top).toBeGreaterThanOrEqual(250);
    expect(cardFormats.story.safeArea.bottom).toBeGreaterThanOrEqual(250);
    const plan = await renderer.plan(campaign(), cardFormats.story);
    expect(await problemsWith(plan)).toEqual([]);
    // The same story drawn without its safe strips puts the kicker and the names where apps cover them.
    const unsafe = { ...cardFormats.story, safeArea: { top: 0, bottom: 0 } };
    expect((await problemsWith({ ...plan, format: unsafe }, cardFormats.story)).join('\n')).toMatch(
      /mark \(\d+ to \d+\) is in a strip[\s\S]*site-name \(\d+ to \d+\) is in a strip/,
    );
  });

  it('would notice a title that does not fit a square', async () => {
    const plan = await renderer.plan(campaign({ title: title120 }), cardFormats.square);
    const tooTall: CardPlan = { ...plan, title: { text: plan.title.text, style: textStyles.title(140) } };
    expect((await problemsWith(tooTall)).join('\n')).toMatch(/title ends at \d+, below the body/);
  });
});

describe('the quick estimate', () => {
  const samples = [
    campaign(),
    campaign({
      title: 'County lines and criminal exploitation',
      keyMessage: 'If they are made to do crime, they are a victim. Speak up.',
      topic: 'county-lines',
    }),
    campaign({
      title: title120,
      keyMessage: undefined,
      summary:
        'A one-hour lesson with two made-up case studies that help pupils understand county lines, cuckooing and debt bondage, spot the signs and know how to get out and get help.',
    }),
    campaign({
      title: 'Children\u2019s Advice and Duty Service (CADS)',
      kicker: 'Service',
      keyMessage: undefined,
      summary: 'The line for professionals in Norfolk who need advice about a child\u2019s safety.',
      topic: undefined,
    }),
  ];

  it.each(Object.values(cardFormats))("$name: chooses the same sizes as satori's own measurements", async (format) => {
    for (const content of samples) {
      const [quick, exact] = [
        await planCard(content, renderer.estimate, format),
        await planCard(content, renderer.measure, format),
      ];
      expect(quick, content.title).toEqual(exact);
    }
  });

  it('is checked against the real layout, and a plan that does not fit is caught', async () => {
    for (const format of Object.values(cardFormats)) {
      for (const content of samples) {
        const { plan, svg } = await renderer.draw(content, format);
        const placed: PlacedNode[] = [];
        expect(await renderer.svg(plan, placed)).toBe(svg);
        expect(bodyFits(placed, format), `${format.name}: ${content.title}`).toBe(true);
      }
    }
    const plan = await renderer.plan(campaign({ title: title120 }));
    const placed: PlacedNode[] = [];
    await renderer.svg({ ...plan, title: { text: plan.title.text, style: textStyles.title(120) } }, placed);
    expect(bodyFits(placed)).toBe(false);
  });
});

describe('each card is its own', () => {
  const pngHash = async (content: CardContent) =>
    createHash('sha256')
      .update(await renderer.png(await renderer.svg(await renderer.plan(content))))
      .digest('hex');

  it('two campaigns give different cards, and the same campaign the same card', async () => {
    const fraud = campaign();
    const abuse = campaign({
      title: 'Domestic abuse',
      keyMessage: 'Love should not hurt, scare or control you. Help is there.',
      topic: 'domestic-abuse',
    });
    const [first, second, again] = await Promise.all([pngHash(fraud), pngHash(abuse), pngHash(fraud)]);
    expect(first).not.toBe(second);
    expect(again).toBe(first);
  });

  it('draws a 1200 by 630 card, a 1080 by 1080 square and a 1080 by 1920 story', async () => {
    const sizes = [];
    for (const format of [cardFormats.openGraph, cardFormats.square, cardFormats.story]) {
      const { width, height } = await renderer.pixels(await renderer.svg(await renderer.plan(campaign(), format)));
      sizes.push([width, height]);
    }
    expect(sizes).toEqual([
      [1200, 630],
      [1080, 1080],
      [1080, 1920],
    ]);
  });
});
