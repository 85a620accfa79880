/**
 * Reads what someone typed: the words worth looking up, and what the words say about who is asking.
 * People describe what happened to them in sentences ("someone is ringing my dad pretending to be
 * his bank"), so stop words go, and each remaining word is looked up on its own (see rank.ts).
 *
 * A key stage ("KS2", "key stage 2") is read as a wish for schools resources at that stage, not
 * looked up as words: the index holds "KS2" only in page addresses and titles, and a key stage
 * filter says it exactly. A school year or "primary" counts only when the query is a teacher's
 * ("assembly for year 10"): a parent writing "my son in year 9 carries a knife" wants help, not a
 * lesson. Words such as "lesson" or "briefing" are looked up as usual and also say which kind of
 * page to put first.
 */
import { keyStages, type ContentTypeSlug, type KeyStageSlug } from '../taxonomy';
import { stopWords } from './stop-words';

export interface QueryPlan {
  /** Words to look up, each once, in the order typed. */
  words: string[];
  /** Key stages the query names; pages for them go first. */
  keyStages: KeyStageSlug[];
  /** Kinds of page the query asks for first; empty for a resident's question (see rank.ts). */
  prefer: ContentTypeSlug[];
}

/** Words that show a teacher or a professional asking, and the kinds of page they want first. */
const askingFor = new Map<string, readonly ContentTypeSlug[]>();
function asking(types: readonly ContentTypeSlug[], words: readonly string[]): void {
  for (const word of words) askingFor.set(word, types);
}
asking(['resource'], ['lesson', 'lessons', 'assembly', 'assemblies', 'teach', 'teaching', 'teacher', 'teachers']);
asking(['resource'], ['pupil', 'pupils', 'class', 'classes', 'classroom', 'pshe', 'rshe', 'curriculum', 'tutor']);
asking(['briefing'], ['briefing', 'briefings', '7-minute', 'professional', 'professionals', 'practitioner', 'practitioners']);
asking(['briefing'], ['colleague', 'colleagues', 'team', 'multi-agency']);
// A referral goes to a service; the briefing says which.
asking(['briefing', 'service'], ['referral', 'referrals', 'refer', 'referring']);
asking(['resource', 'briefing'], ['staff']);

/** School years to key stages, from the taxonomy. */
function keyStageOfYear(year: number): KeyStageSlug | undefined {
  return keyStages.find(({ years: [from, to] }) => year >= from && year <= to)?.slug;
}

/** "2" in "KS2" or "key stage 2": the stages whose slug is ks and a number. */
const stageNumbers: ReadonlyMap<string, KeyStageSlug> = new Map(
  keyStages.flatMap((stage) => {
    const number = /^ks(\d)$/.exec(stage.slug)?.[1];
    return number ? [[number, stage.slug] as const] : [];
  }),
);
/** "primary" and "secondary": the stages each kind of school teaches. */
const stagesOfSchool: ReadonlyMap<string, readonly KeyStageSlug[]> = new Map(
  (['primary', 'secondary'] as const).map((school) => [
    school,
    keyStages.filter((stage) => stage.school === school).map((stage) => stage.slug),
  ]),
);

/**
 * Lower case words, without apostrophes (so "won't" is "wont" and "neighbour's" is "neighbours").
 * Hyphens inside a word stay, since the index knows "anti-social" and "7-minute" as words.
 */
export function tokenise(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['‘’`]/g, '')
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
  );
}

interface KeyStagesNamed {
  /** Stages named outright: "KS2", "key stage 2", "post-16". */
  named: KeyStageSlug[];
  /** Stages implied by a school year or "primary"/"secondary", which a parent may write too. */
  implied: KeyStageSlug[];
  /** The other words. */
  rest: string[];
}

/** Takes key stages and school years out of the words. */
function takeKeyStages(tokens: readonly string[]): KeyStagesNamed {
  const named: KeyStageSlug[] = [];
  const implied: KeyStageSlug[] = [];
  const rest: string[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    const next = tokens[at + 1] ?? '';
    const afterNext = tokens[at + 2] ?? '';
    const joined = stageNumbers.get(/^ks(\d)$/.exec(token)?.[1] ?? '');
    const year = /^(?:y|yr)(\d{1,2})$/.exec(token)?.[1];
    const school = stagesOfSchool.get(token);
    if (joined) {
      named.push(joined);
    } else if ((token === 'ks' || token === 'keystage') && stageNumbers.has(next)) {
      named.push(stageNumbers.get(next)!);
      at += 1;
    } else if (token === 'key' && next === 'stage' && stageNumbers.has(afterNext)) {
      named.push(stageNumbers.get(afterNext)!);
      at += 2;
    } else if (token === 'post-16' || (token === 'post' && next === '16') || (token === 'sixth' && next === 'form')) {
      named.push('post-16');
      if (token !== 'post-16') at += 1;
    } else if ((token === 'year' || token === 'yr') && keyStageOfYear(Number(next))) {
      implied.push(keyStageOfYear(Number(next))!);
      at += 1;
    } else if (year && keyStageOfYear(Number(year))) {
      implied.push(keyStageOfYear(Number(year))!);
    } else if (school) {
      implied.push(...school);
    } else {
      rest.push(token);
    }
  }
  return { named, implied, rest };
}

/** What to look up for a query, and what kind of page to put first. */
export function planQuery(text: string): QueryPlan {
  const { named, implied, rest } = takeKeyStages(tokenise(text));
  const meaningful = rest.filter((word) => !stopWords.has(word));
  // A query made only of stop words ("what can I do") is still looked up, never dropped.
  const words = [...new Set(meaningful.length > 0 ? meaningful : rest)];
  const prefer = new Set<ContentTypeSlug>(named.length > 0 ? ['resource'] : []);
  for (const word of rest) for (const type of askingFor.get(word) ?? []) prefer.add(type);
  const keyStages = [...new Set([...named, ...(prefer.has('resource') ? implied : [])])];
  return { words, keyStages, prefer: [...prefer] };
}
