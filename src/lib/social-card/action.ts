/**
 * The foot of a campaign's share image: the one thing to do ("Call 0808 2000 247") and the
 * campaign's address under it, each on one line at the biggest size that fits. Neither is ever
 * shortened or left out: a share image without them would send people nowhere, so the build stops.
 */
import { textStyles, type CardFormat, type TextStyle } from './formats';

/** One run of text to measure at a width (the same shape layout.ts measures). */
interface Request {
  text: string;
  style: TextStyle;
  width: number;
}

type MeasureRuns = (requests: readonly Request[]) => Promise<{ height: number; longestWord: number }[]>;

export interface ActionPlan {
  action: { text: string; style: TextStyle };
  address: { text: string; style: TextStyle };
  /** The height the block takes from the body, its gap above included. */
  height: number;
}

const lineHeight = (style: TextStyle) => Math.round(style.fontSize * style.lineHeight);

/** Thrown (as layout.ts's CardDoesNotFit) when the action or address fits on no line at any size. */
export type ActionDoesNotFit = (part: 'action' | 'address', message: string) => Error;

export async function planAction(
  action: string,
  address: string,
  format: CardFormat,
  measure: MeasureRuns,
  doesNotFit: ActionDoesNotFit,
): Promise<ActionPlan> {
  const { contentWidth, grid, type } = format;
  const runs = [
    ...type.scale.action.map((size) => ({ text: action, style: textStyles.action(size), width: contentWidth })),
    ...type.scale.address.map((size) => ({ text: address, style: textStyles.address(size), width: contentWidth })),
  ];
  const measured = await measure(runs);
  const firstOnOneLine = (from: number, to: number) =>
    runs.slice(from, to).find((run, index) => {
      const { height, longestWord } = measured[from + index]!;
      return height <= lineHeight(run.style) && longestWord <= contentWidth;
    });
  const actionRun = firstOnOneLine(0, type.scale.action.length);
  if (!actionRun)
    throw doesNotFit('action', `The action "${action}" does not fit on one line of the ${format.noun}. Shorten it.`);
  const addressRun = firstOnOneLine(type.scale.action.length, runs.length);
  if (!addressRun)
    throw doesNotFit('address', `The address ${address} does not fit on one line of the ${format.noun}. Use a shorter address.`);
  return {
    action: { text: action, style: actionRun.style },
    address: { text: address, style: addressRun.style },
    height: grid.actionGap + lineHeight(actionRun.style) + grid.addressGap + lineHeight(addressRun.style),
  };
}
