/**
 * The one taxonomy of the site: audiences, topics, districts, the plan's strategic themes and school
 * key stages. Schemas, routes, labels, filters and card colours all read these lists, so adding a
 * topic is one edit here.
 */

/** A term every list shares: a URL-safe slug, a label people read, and a sentence about it. */
export interface Term<Slug extends string = string> {
  readonly slug: Slug;
  readonly label: string;
  readonly description: string;
}

export const audiences = [
  {
    slug: 'residents',
    label: 'Residents',
    description: 'People who live, work or study in Norfolk and want to stay safe, report a problem or find support.',
    hubPath: '/residents/',
  },
  {
    slug: 'schools',
    label: 'Schools',
    description: 'Teachers and school staff looking for lessons, assemblies, posters and safeguarding notes.',
    hubPath: '/schools/',
  },
  {
    slug: 'workforce',
    label: 'Professionals',
    description: 'People who work for the partners and need to spot the signs, brief a team and make a referral.',
    hubPath: '/professionals/',
  },
] as const satisfies readonly (Term & { hubPath: string })[];

export const themes = [
  {
    slug: 'resilient-communities',
    label: 'Building resilient, cohesive communities',
    description: 'Helping communities look out for each other, feel they belong, and recover from harm.',
  },
  {
    slug: 'neighbourhood-crime',
    label: 'Tackling and reducing neighbourhood crime',
    description: 'Burglary, robbery, vehicle crime, theft and anti-social behaviour where people live.',
  },
  {
    slug: 'criminal-exploitation',
    label: 'Reducing the threat of criminal exploitation',
    description: 'Stopping people, including children, being used by others to commit crime or drawn into terrorism.',
  },
  {
    slug: 'abuse-and-violence',
    label: 'Safeguarding communities from abuse and serious violence',
    description: 'Preventing domestic abuse, sexual violence and serious violence, and supporting victims.',
  },
] as const satisfies readonly Term[];

export type ThemeSlug = (typeof themes)[number]['slug'];

/**
 * Topics. `theme` is the strategic theme of the plan the site files the topic under; `colour` is the
 * topic's brand colour, dark enough for white text at WCAG AA (a unit test checks it).
 */
export const topics = [
  {
    slug: 'fraud-and-scams',
    label: 'Fraud and scams',
    description: 'Scam calls, texts and emails, courier and romance fraud, investment scams and doorstep crime.',
    theme: 'resilient-communities',
    colour: '#1d4e89',
  },
  {
    slug: 'domestic-abuse',
    label: 'Domestic abuse',
    description: 'Controlling, threatening, violent or abusive behaviour by a partner, ex-partner or family member.',
    theme: 'abuse-and-violence',
    colour: '#6b2c6b',
  },
  {
    slug: 'sexual-violence',
    label: 'Sexual violence and abuse',
    description: 'Rape, sexual assault and any sexual act someone did not agree to, whenever it happened.',
    theme: 'abuse-and-violence',
    colour: '#7a2748',
  },
  {
    slug: 'hate-crime',
    label: 'Hate crime',
    description: 'Crime or incidents aimed at someone because of who they are, such as their race, religion, disability, sexual orientation or gender identity.',
    theme: 'resilient-communities',
    colour: '#8a3b12',
  },
  {
    slug: 'anti-social-behaviour',
    label: 'Anti-social behaviour',
    description: 'Behaviour that causes harassment, alarm or distress, such as noise, intimidation or vandalism.',
    theme: 'neighbourhood-crime',
    colour: '#2f5a2a',
  },
  {
    slug: 'county-lines',
    label: 'County lines and criminal exploitation',
    description: 'Gangs using children and vulnerable adults to move and sell drugs and money.',
    theme: 'criminal-exploitation',
    colour: '#5a3d8a',
  },
  {
    slug: 'neighbourhood-crime',
    label: 'Neighbourhood crime',
    description: 'Burglary, vehicle crime, robbery and theft from the person.',
    theme: 'neighbourhood-crime',
    colour: '#245a63',
  },
  {
    slug: 'serious-violence',
    label: 'Serious violence and knife crime',
    description: 'Violence that causes serious harm, including carrying and using knives.',
    theme: 'abuse-and-violence',
    colour: '#8c1c1c',
  },
  {
    slug: 'modern-slavery',
    label: 'Modern slavery',
    description: 'People forced to work, commit crime or provide services against their will.',
    theme: 'criminal-exploitation',
    colour: '#4a4a1f',
  },
  {
    slug: 'prevent',
    label: 'Prevent and radicalisation',
    description: 'Stopping people being drawn into terrorism or supporting it.',
    theme: 'criminal-exploitation',
    colour: '#3d4a5c',
  },
] as const satisfies readonly (Term & { theme: ThemeSlug; colour: `#${string}` })[];

export const districts = [
  {
    slug: 'breckland',
    label: 'Breckland',
    description: 'A largely rural district in the centre and south-west of Norfolk.',
  },
  {
    slug: 'broadland',
    label: 'Broadland',
    description: 'A district to the north and east of Norwich, reaching into the Broads.',
  },
  {
    slug: 'great-yarmouth',
    label: 'Great Yarmouth',
    description: 'A borough on the east coast of Norfolk.',
  },
  {
    slug: 'kings-lynn-and-west-norfolk',
    label: "King's Lynn and West Norfolk",
    description: 'A borough covering the west of Norfolk.',
  },
  {
    slug: 'north-norfolk',
    label: 'North Norfolk',
    description: 'A largely rural district along the north Norfolk coast.',
  },
  {
    slug: 'norwich',
    label: 'Norwich',
    description: 'The city of Norwich, the county town of Norfolk.',
  },
  {
    slug: 'south-norfolk',
    label: 'South Norfolk',
    description: 'A largely rural district to the south of Norwich.',
  },
] as const satisfies readonly Term[];

/** `years`: the school years in England each covers (search reads "year 9"); `school`: primary or secondary. */
export const keyStages = [
  { slug: 'ks1', label: 'Key stage 1', description: 'Ages 5 to 7 (years 1 and 2).', years: [1, 2], school: 'primary' },
  { slug: 'ks2', label: 'Key stage 2', description: 'Ages 7 to 11 (years 3 to 6).', years: [3, 6], school: 'primary' },
  { slug: 'ks3', label: 'Key stage 3', description: 'Ages 11 to 14 (years 7 to 9).', years: [7, 9], school: 'secondary' },
  { slug: 'ks4', label: 'Key stage 4', description: 'Ages 14 to 16 (years 10 and 11).', years: [10, 11], school: 'secondary' },
  { slug: 'post-16', label: 'Post-16', description: 'Ages 16 to 18 (sixth form and college).', years: [12, 13], school: 'sixth form' },
] as const satisfies readonly (Term & { years: readonly [number, number]; school: string })[];

/** The kinds of schools resource, for labels and (later) the resource library's filters. */
export const resourceFormats = [
  { slug: 'lesson', label: 'Lesson', description: 'A lesson plan with activities and discussion questions.', learners: 'pupils' },
  { slug: 'assembly', label: 'Assembly', description: 'An assembly plan for a year group or the whole school.', learners: 'pupils' },
  { slug: 'activity', label: 'Activity', description: 'A shorter activity for form time or a club.', learners: 'pupils' },
  { slug: 'guidance', label: 'Staff guidance', description: 'Guidance for staff on spotting signs and responding.', learners: 'staff' },
] as const satisfies readonly (Term & { learners: 'pupils' | 'staff' })[];

/**
 * Languages the site has pages in. `slug` is the BCP 47 tag used in addresses (`/pl/`) and `lang`;
 * `nativeName` is how the language names itself, for the language switcher. English comes first and
 * has no prefix. The others are the languages reported as most spoken in Norfolk after English; the
 * Census 2021 ranking is still to be checked (content/translations/english/help-in-your-language.yaml).
 */
export const languages = [
  { slug: 'en', label: 'English', nativeName: 'English', description: 'The language of the whole site.' },
  { slug: 'pl', label: 'Polish', nativeName: 'Polski', description: 'A short page of help in Polish.' },
  { slug: 'lt', label: 'Lithuanian', nativeName: 'Lietuvių', description: 'A short page of help in Lithuanian.' },
  { slug: 'pt', label: 'Portuguese', nativeName: 'Português', description: 'A short page of help in Portuguese.' },
  { slug: 'ro', label: 'Romanian', nativeName: 'Română', description: 'A short page of help in Romanian.' },
  { slug: 'lv', label: 'Latvian', nativeName: 'Latviešu', description: 'A short page of help in Latvian.' },
] as const satisfies readonly (Term & { nativeName: string })[];

/** The kinds of page, for search filters, result badges and social cards. */
export const contentTypes = [
  { slug: 'campaign', label: 'Campaign', description: 'A campaign: signs, how to report, where to get support.' },
  { slug: 'service', label: 'Service', description: 'A helpline, reporting route or support service.' },
  { slug: 'district', label: 'District', description: 'How to report problems in one of the seven districts.' },
  { slug: 'resource', label: 'School resource', description: 'A lesson, assembly or activity for schools.' },
  { slug: 'briefing', label: 'Briefing', description: 'A 7-minute briefing for professionals.' },
  { slug: 'news', label: 'News', description: 'News from the partnership.' },
  { slug: 'guide', label: 'Guide', description: 'Help, topic and information pages.' },
] as const satisfies readonly Term[];

export type AudienceSlug = (typeof audiences)[number]['slug'];
export type TopicSlug = (typeof topics)[number]['slug'];
export type DistrictSlug = (typeof districts)[number]['slug'];
export type KeyStageSlug = (typeof keyStages)[number]['slug'];
export type ResourceFormatSlug = (typeof resourceFormats)[number]['slug'];
export type ContentTypeSlug = (typeof contentTypes)[number]['slug'];
export type LanguageSlug = (typeof languages)[number]['slug'];

export type Audience = (typeof audiences)[number];
export type Topic = (typeof topics)[number];
export type District = (typeof districts)[number];
export type Theme = (typeof themes)[number];
export type KeyStage = (typeof keyStages)[number];
export type ResourceFormat = (typeof resourceFormats)[number];
export type ContentType = (typeof contentTypes)[number];
export type Language = (typeof languages)[number];

/** The slugs of a list as a non-empty tuple, the shape `z.enum` needs. */
export function slugsOf<T extends Term>(terms: readonly T[]): [T['slug'], ...T['slug'][]] {
  const slugs = terms.map((term) => term.slug);
  if (slugs.length === 0) throw new Error('A taxonomy list must not be empty');
  return slugs as [T['slug'], ...T['slug'][]];
}

/** Looks a slug up in a list; throws when it is unknown, since schemas let only known slugs through. */
export function termFor<T extends Term>(terms: readonly T[], slug: string): T {
  const term = terms.find((candidate) => candidate.slug === slug);
  if (!term) throw new Error(`Unknown taxonomy slug "${slug}"`);
  return term;
}

export const audienceFor = (slug: AudienceSlug): Audience => termFor(audiences, slug);
export const topicFor = (slug: TopicSlug): Topic => termFor(topics, slug);
export const districtFor = (slug: DistrictSlug): District => termFor(districts, slug);
export const themeFor = (slug: ThemeSlug): Theme => termFor(themes, slug);
export const keyStageFor = (slug: KeyStageSlug): KeyStage => termFor(keyStages, slug);
export const resourceFormatFor = (slug: ResourceFormatSlug): ResourceFormat => termFor(resourceFormats, slug);
export const contentTypeFor = (slug: ContentTypeSlug): ContentType => termFor(contentTypes, slug);
export const languageFor = (slug: LanguageSlug): Language => termFor(languages, slug);
