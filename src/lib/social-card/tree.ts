/**
 * The card as satori's element tree: the tile and kicker at the top, the title, message and (on a
 * share image) the action and address in the body, and the band with the site's names at the foot.
 * The sizes come from the plan that layout.ts makes; nothing here decides what fits.
 */
import { partnershipName, siteName } from '../site';
import { cardPalette, type CardPlan } from './layout';
import { markFor, markSvg } from './marks';
/** An element in satori's format (the shape React elements have). */
export interface CardNode {
  type: string;
  key?: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
export type CardChild = CardNode | string;

const box = (style: Record<string, string | number>, children: CardChild | CardChild[], key?: string): CardNode => ({
  type: 'div',
  ...(key ? { key } : {}),
  props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children },
});

export const fontFamily = 'Atkinson Hyperlegible';
/**
 * The typeface's Latin Extended letters (Polish, Romanian, the Baltic languages) come in files of
 * their own, and satori takes one file per family and weight, so they are a second family, listed
 * after the first: satori draws each letter from the first family that has it.
 */
export const extendedFontFamily = 'Atkinson Hyperlegible Latin Extended';
export const fontStack = `'${fontFamily}', '${extendedFontFamily}'`;

/** The card as an element tree. Keys name the parts the tests look for. */
export function cardTree(plan: CardPlan): CardNode {
  const { colours, content, format } = plan;
  const { grid, type, contentWidth, safeArea } = format;
  const tile = box(
    {
      width: grid.tileSize,
      height: grid.tileSize,
      flexShrink: 0,
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: colours.tile.background,
      borderRadius: grid.tileRadius,
    },
    markSvg(markFor(content.topic), colours.tile.mark, colours.tile.background, grid.tileMark),
    'mark',
  );
  const kickerLines = box(
    {
      flexDirection: 'column',
      justifyContent: 'center',
      gap: 4,
      width: contentWidth - grid.tileSize - grid.kickerGap,
    },
    [
      ...(plan.kicker ? [box({ ...type.kicker }, plan.kicker, 'kicker')] : []),
      // Who the page is for, as tags: "For" then one outlined tag per audience.
      ...(content.audiences.length > 0
        ? [
            box(
              { alignItems: 'center', gap: grid.audienceGap, marginTop: plan.kicker ? 6 : 0 },
              [
                box({ ...type.audiences }, 'For'),
                ...content.audiences.map((label) =>
                  box(
                    {
                      ...type.audienceTag,
                      padding: grid.audienceTagPadding,
                      border: `${grid.audienceTagBorder}px solid ${colours.text}`,
                      borderRadius: 999,
                    },
                    label,
                    'audience',
                  ),
                ),
              ],
              'audiences',
            ),
          ]
        : []),
    ],
  );
  const kickerRow = box({ alignItems: 'center', gap: grid.kickerGap, height: grid.tileSize }, [tile, kickerLines]);

  const title = box({ ...plan.title.style, width: contentWidth }, plan.title.text, 'title');
  const message = plan.message
    ? plan.message.kind === 'keyMessage'
      ? box(
          {
            alignSelf: 'flex-start',
            maxWidth: contentWidth,
            marginTop: grid.titleGapBelow,
            padding: `${grid.messagePaddingY}px ${grid.messagePaddingX}px`,
            backgroundColor: colours.message.background,
            color: colours.message.text,
          },
          box({ ...plan.message.style }, plan.message.text, 'message-text'),
          'message',
        )
      : box({ ...plan.message.style, marginTop: grid.titleGapBelow, width: contentWidth }, plan.message.text, 'message')
    : undefined;
  const actionBlock = plan.action
    ? box(
        { flexDirection: 'column', marginTop: grid.actionGap, gap: grid.addressGap, width: contentWidth },
        [
          box({ ...plan.action.action.style }, plan.action.action.text, 'action-text'),
          box({ ...plan.action.address.style }, plan.action.address.text, 'address'),
        ],
        'action',
      )
    : undefined;
  // On a landscape card the title and message sit on the band, like a poster: the eye goes from the
  // headline to the sender. A story's room is far taller than its text, so there they sit mid-way.
  const body = box(
    {
      flexDirection: 'column',
      justifyContent: format.bodyAlign === 'end' ? 'flex-end' : 'center',
      flexGrow: 1,
      marginTop: grid.bodyGapAfterKicker,
    },
    [title, ...(message ? [message] : []), ...(actionBlock ? [actionBlock] : [])],
    'body',
  );
  const main = box(
    {
      flexDirection: 'column',
      flexGrow: 1,
      padding: `${safeArea.top + grid.marginTop}px ${grid.marginX}px ${grid.marginBottom}px`,
      color: colours.text,
    },
    [kickerRow, body],
    'main',
  );
  const band = box(
    {
      // Below a story's names the white runs on to the foot, under the app's own controls.
      height: grid.bandHeight + safeArea.bottom,
      flexShrink: 0,
      alignItems: 'center',
      gap: grid.bandGap,
      padding: `0 ${grid.marginX}px ${safeArea.bottom}px`,
      backgroundColor: colours.band.background,
      borderTop: `${grid.highlightRule}px solid ${cardPalette.highlight}`,
    },
    [
      markSvg(markFor(undefined), colours.band.shield, colours.band.background, grid.bandMark),
      box({ flexDirection: 'column', gap: 2 }, [
        box({ ...type.siteName, color: colours.band.name }, siteName, 'site-name'),
        box({ ...type.partnership, color: colours.band.partnership }, partnershipName, 'partnership'),
      ]),
    ],
    'band',
  );
  return box(
    {
      width: format.width,
      height: format.height,
      flexDirection: 'column',
      backgroundColor: colours.background,
      fontFamily: fontStack,
    },
    [main, band],
    'card',
  );
}
