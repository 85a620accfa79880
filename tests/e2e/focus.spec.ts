/**
 * One focus style everywhere, readable on every background: Tab through whole pages on a phone and
 * a desktop, and for every element that takes focus check that its text (and any text inside it)
 * has 4.5:1 against what is behind it, and that the focus mark (outline or box-shadow) has 3:1
 * against what surrounds the element.
 */
import { expect, test, type Page } from '@playwright/test';

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** Pages with every kind of control: dark bars, cards, fields, results, directory entries. */
const pages = [
  { path: '/' },
  { path: '/get-help/' },
  // Pages still being written are skipped, with a note, until they exist.
  { path: '/get-help/in-danger/', mayNotExistYet: true },
  { path: '/campaigns/domestic-abuse/' },
  // With a search, so result links and "Show more results" are checked too.
  { path: '/search/?q=scam' },
  { path: '/services/national-domestic-abuse-helpline/' },
];

/** Enough for the longest of these pages; a page with more controls than this fails loudly. */
const maxTabs = 600;

interface Focused {
  /** The start of the element's outerHTML, to find it in a failure message. */
  element: string;
  /** Already focused earlier: Tab has gone round the whole page. */
  seenBefore: boolean;
  problems: string[];
}

/**
 * Runs in the page, on the focused element. Colours are read through a canvas, so any CSS colour
 * syntax the browser reports (rgb(), rgba(), oklch()...) ends up as the same four numbers.
 */
function inspectFocus(): Focused | undefined {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return undefined;
  const seen = ((window as unknown as { focusSeen?: WeakSet<Element> }).focusSeen ??= new WeakSet<Element>());
  const seenBefore = seen.has(element);
  seen.add(element);
  const description = element.outerHTML.replace(/\s+/g, ' ').slice(0, 140);

  type Rgba = [number, number, number, number];
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const parse = (colour: string): Rgba => {
    const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
    if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const mix = (index: number) => top[index]! * top[3] + below[index]! * (1 - top[3]);
    return [mix(0), mix(1), mix(2), 1];
  };
  /** What shows behind `start`: its background, composed over its ancestors' until one is opaque. */
  const backgroundFrom = (start: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let node = start; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>((below, top) => over(top, below), [255, 255, 255, 1]);
  };
  const luminance = ([r, g, b]: Rgba) => {
    const linear = (channel: number) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (lighter + 0.05) / (darker + 0.05);
  };
  const show = (colour: Rgba) => `rgb(${colour.slice(0, 3).map(Math.round).join(', ')})`;

  const problems: string[] = [];
  // The element itself, and every element inside it that holds text of its own.
  const textHolders = [element, ...element.querySelectorAll('*')].filter(
    (node) =>
      node === element ||
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''),
  );
  for (const holder of textHolders) {
    const style = getComputedStyle(holder);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const background = backgroundFrom(holder);
    const text = over(parse(style.color), background);
    const ratio = contrast(text, background);
    if (ratio < 4.5) {
      const which = holder === element ? 'text' : `text of <${holder.tagName.toLowerCase()}> inside it`;
      problems.push(`${which}: ${show(text)} on ${show(background)} is ${ratio.toFixed(2)}:1, below 4.5:1`);
    }
  }

  // The focus mark (outline and box-shadow): whichever colour stands out most from what surrounds
  // the element. A fill alone does not count: a button's own colour is not a sign of focus.
  const style = getComputedStyle(element);
  const surrounding = backgroundFrom(element.parentElement);
  const marks: Rgba[] = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) marks.push(parse(style.outlineColor));
  for (const match of style.boxShadow.matchAll(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi)) marks.push(parse(match[0]));
  const visibleMarks = marks.filter((mark) => mark[3] > 0).map((mark) => over(mark, surrounding));
  const best = Math.max(0, ...visibleMarks.map((mark) => contrast(mark, surrounding)));
  if (best < 3) {
    problems.push(
      `focus mark: best of [${visibleMarks.map(show).join('; ')}] against ${show(surrounding)} is ${best.toFixed(2)}:1, below 3:1`,
    );
  }
  return { element: description, seenBefore, problems };
}

async function tabThroughPage(page: Page): Promise<{ reached: number; failures: string[] }> {
  const failures: string[] = [];
  let reached = 0;
  for (let step = 0; step < maxTabs; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(inspectFocus);
    if (!focused) {
      if (reached > 0) break;
      continue;
    }
    if (focused.seenBefore) break;
    reached += 1;
    for (const problem of focused.problems) failures.push(`${focused.element}\n    ${problem}`);
    if (step === maxTabs - 1) failures.push(`Still tabbing after ${maxTabs} presses: raise maxTabs or shorten the page.`);
  }
  return { reached, failures };
}

for (const viewport of viewports) {
  test.describe(`${viewport.name} (${viewport.width} x ${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const { path, mayNotExistYet } of pages) {
      test(`${path}: every focused control is readable and its focus mark stands out`, async ({ page, request }) => {
        test.setTimeout(120_000);
        if (mayNotExistYet) {
          const status = (await request.head(path)).status();
          test.skip(status === 404, `${path} does not exist yet (404); it is checked once it is built`);
        }
        await page.goto(path);
        if (path.startsWith('/search/')) await expect(page.locator('[data-search-results] a').first()).toBeVisible();
        const { reached, failures } = await tabThroughPage(page);
        expect(reached, 'Tab reached no control at all').toBeGreaterThan(5);
        expect(failures.length, `${failures.length} problems on ${path}:\n${failures.join('\n')}`).toBe(0);
      });
    }
  });
}
