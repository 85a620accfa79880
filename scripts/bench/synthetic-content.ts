/**
 * Synthetic content for the build benchmark: a copy of the real content plus generated campaigns,
 * services, school resources and news, in proportion, so the built site has about the number of
 * pages asked for. Every generated entry passes the collection schemas, and its references point at
 * real services and campaigns (or generated ones), so the build does the same work as it would for
 * a site that size. The text is made from word lists: it reads plausibly but is not real advice.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { districts, keyStages, resourceFormats, topics, type TopicSlug } from '../../src/lib/taxonomy.ts';

// js-yaml is the parser Astro reads frontmatter with; it ships no type declarations, so it is
// loaded through `require` with the one signature used here.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

/** How the generated pages are shared out; the real site has few campaigns and more of the rest. */
const shares = { campaigns: 0.1, services: 0.25, resources: 0.25 } as const;

export interface GeneratedCounts {
  campaigns: number;
  services: number;
  resources: number;
  news: number;
}

/** A seeded generator (mulberry32), so every run builds the same content. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  readonly #random: () => number;
  constructor(seed: number) {
    this.#random = seededRandom(seed);
  }
  chance(probability: number): boolean {
    return this.#random() < probability;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.#random() * (max - min + 1));
  }
  one<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.#random() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  }
  /** `count` different items, in the list's order. */
  some<T>(items: readonly T[], count: number): T[] {
    const indexes = items.map((_, index) => index);
    for (let i = indexes.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.#random() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
    }
    return indexes
      .slice(0, Math.min(count, items.length))
      .sort((a, b) => a - b)
      .map((index) => items[index]!);
  }
  /** A real calendar day between two years, written YYYY-MM-DD. */
  date(fromYear: number, toYear: number): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${this.int(fromYear, toYear)}-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}`;
  }
}

const towns = [
  'Norwich', "King's Lynn", 'Great Yarmouth', 'Thetford', 'Dereham', 'Wymondham', 'Cromer', 'Diss',
  'Swaffham', 'Attleborough', 'Fakenham', 'North Walsham', 'Sheringham', 'Aylsham', 'Downham Market',
  'Hunstanton', 'Wells-next-the-Sea', 'Watton', 'Holt', 'Gorleston', 'Acle', 'Loddon', 'Harleston',
  'Hethersett', 'Sprowston', 'Taverham', 'Costessey', 'Drayton', 'Hellesdon', 'Stalham', 'Caister-on-Sea',
  'Long Stratton', 'Reepham', 'Mundesley', 'Hingham', 'Poringland', 'Brundall', 'Wroxham',
] as const;

/** Words for each topic: what a campaign is about, its signs, steps to take and search words. */
const topicWords: Record<TopicSlug, { subjects: string[]; signs: string[]; protect: string[]; keywords: string[] }> = {
  'fraud-and-scams': {
    subjects: ['doorstep traders', 'parcel fee texts', 'investment offers', 'romance scams', 'courier fraud', 'fake bank calls', 'ticket scams', 'rental deposit scams'],
    signs: [
      'A caller says your bank account is at risk and asks you to move money.',
      'A text asks you to pay a small fee before a parcel can be delivered.',
      'Someone you met online asks for money for an emergency.',
      'A trader knocks on your door and says urgent work is needed today.',
      'An offer promises high returns with no risk and pushes you to decide now.',
      'A message asks you to confirm your details by clicking a link.',
      'A seller asks you to pay by bank transfer instead of a safe payment method.',
    ],
    protect: [
      'Hang up and call the organisation back on a number you know.',
      'Never give your PIN or passwords to anyone, even the police or your bank.',
      'Take your time: a real company will not rush you.',
      'Talk to someone you trust before you pay.',
      'Go to the website yourself instead of following a link.',
    ],
    keywords: ['scam', 'fraud', 'scam text', 'phishing', 'rogue trader', 'fake call'],
  },
  'domestic-abuse': {
    subjects: ['controlling behaviour', 'abuse at home', 'economic abuse', 'stalking by an ex-partner', 'abuse in teenage relationships', 'abuse of older people'],
    signs: [
      'A partner checks your phone and tells you who you can see.',
      'Someone controls all the money and makes you ask for it.',
      'A family member threatens you or the people you care about.',
      'You feel afraid of how a partner will react.',
      'A partner puts you down and blames you for their anger.',
      'An ex-partner keeps turning up where you are.',
    ],
    protect: [
      'Talk to someone you trust about what is happening.',
      'Keep important papers and a phone somewhere safe.',
      'Call a helpline to talk through your choices in confidence.',
      'Agree a code word with a friend so they know to call for help.',
    ],
    keywords: ['domestic abuse', 'domestic violence', 'controlling partner', 'coercive control', 'abusive relationship'],
  },
  'sexual-violence': {
    subjects: ['consent', 'sexual harassment', 'support after rape', 'harassment on nights out', 'image-based abuse'],
    signs: [
      'Someone pressures you to do something sexual you do not want to do.',
      'A person keeps touching you after you ask them to stop.',
      'Someone shares or threatens to share private pictures of you.',
      'A friend seems withdrawn after a night out and will not say why.',
      'Someone uses drink or drugs to make a person easier to pressure.',
    ],
    protect: [
      'Remember that it is never your fault.',
      'Get support when you are ready, whether or not you report it.',
      'Look out for friends on a night out and leave together.',
      'Tell someone you trust if something has happened to you.',
    ],
    keywords: ['sexual assault', 'rape', 'consent', 'harassment', 'sexual abuse'],
  },
  'hate-crime': {
    subjects: ['disability hate crime', 'racist abuse', 'hate incidents online', 'abuse on public transport', 'homophobic harassment'],
    signs: [
      'Someone shouts abuse at a person because of their race or religion.',
      'A neighbour is targeted again and again because they are disabled.',
      'Graffiti or posters attack people for who they are.',
      'Messages online threaten someone because of their sexuality.',
      'A person is followed or mocked because of their gender identity.',
    ],
    protect: [
      'Report every incident, even if it seems small.',
      'Write down what happened, when and where, as soon as you can.',
      'Keep screenshots of messages and posts.',
      'Support the person targeted and ask what help they want.',
    ],
    keywords: ['hate crime', 'racism', 'hate incident', 'discrimination', 'abuse'],
  },
  'anti-social-behaviour': {
    subjects: ['noisy neighbours', 'nuisance motorbikes', 'fly-tipping', 'vandalism in parks', 'groups causing trouble', 'graffiti'],
    signs: [
      'Loud music or shouting late at night, again and again.',
      'People riding motorbikes on footpaths or playing fields.',
      'Rubbish dumped in lanes and lay-bys.',
      'Bus shelters and play areas damaged.',
      'Groups blocking shop doorways and scaring customers.',
    ],
    protect: [
      'Keep a diary of what happens and when.',
      'Report it to the council for where you live.',
      'Talk to your neighbours: you may not be the only one affected.',
      'Call 999 if anyone is in danger.',
    ],
    keywords: ['anti-social behaviour', 'ASB', 'nuisance', 'noise', 'vandalism'],
  },
  'county-lines': {
    subjects: ['cuckooing', 'young people carrying drugs', 'debt bondage', 'grooming online', 'missing children'],
    signs: [
      'A young person has new clothes, phones or money they cannot explain.',
      'A neighbour has many new visitors at all hours.',
      'A child keeps going missing or travels to places they have no reason to go.',
      'Someone seems scared of people they call friends.',
      'A young person gets lots of calls or messages and leaves at once.',
    ],
    protect: [
      'Tell someone if you are worried about a young person.',
      'Talk to young people about friends who offer gifts or money.',
      'Report changes at a neighbour\'s home that worry you.',
      'Know that a child who is exploited is a victim.',
    ],
    keywords: ['county lines', 'cuckooing', 'exploitation', 'drug running', 'gangs'],
  },
  'neighbourhood-crime': {
    subjects: ['shed burglaries', 'catalytic converter theft', 'bike theft', 'burglary at home', 'theft from cars'],
    signs: [
      'Someone tries door handles of parked cars.',
      'A stranger looks over garden fences or into sheds.',
      'Vans drive slowly round the same streets more than once.',
      'Bikes are left unlocked outside shops and stations.',
    ],
    protect: [
      'Lock doors and windows, even when you are at home.',
      'Mark your bike and register it.',
      'Keep keys away from the letterbox.',
      'Use timer switches on lights when you are away.',
    ],
    keywords: ['burglary', 'theft', 'stolen', 'break-in', 'crime prevention'],
  },
  'serious-violence': {
    subjects: ['knife crime', 'violence at night', 'weapons in schools', 'youth violence', 'violence after school'],
    signs: [
      'A young person says they carry a knife to feel safe.',
      'Someone talks about getting back at another group.',
      'A child is afraid to walk a certain route.',
      'Friends post threats or pictures of weapons online.',
    ],
    protect: [
      'Talk to young people about why carrying a knife makes them less safe.',
      'Report weapons anonymously if you are worried about being named.',
      'Call 999 if someone is hurt or in danger now.',
      'Give first aid if it is safe to do so.',
    ],
    keywords: ['knife crime', 'violence', 'weapons', 'stabbing', 'youth violence'],
  },
  'modern-slavery': {
    subjects: ['forced labour', 'car wash workers', 'nail bar workers', 'farm work exploitation', 'people held in debt'],
    signs: [
      'Workers look tired and afraid and never seem to have a day off.',
      'Someone else holds a worker\'s passport or wages.',
      'Many people live in one house and are picked up early each day.',
      'A worker cannot speak for themselves and someone answers for them.',
    ],
    protect: [
      'Call the helpline if you are worried about someone.',
      'Report what you saw, even if you are not sure.',
      'Do not confront the people you think are in control.',
      'Ask workers if they are free to leave.',
    ],
    keywords: ['modern slavery', 'forced labour', 'trafficking', 'exploitation', 'slavery'],
  },
  prevent: {
    subjects: ['radicalisation online', 'extremist views', 'worrying changes in a friend', 'extreme content in games'],
    signs: [
      'Someone spends long hours on sites that share extreme views.',
      'A young person cuts off old friends and repeats new slogans.',
      'Someone talks about violence against a group of people.',
      'A person becomes angry and says only one group can be trusted.',
    ],
    protect: [
      'Talk calmly and listen to what is behind their views.',
      'Share your worry with someone who can help.',
      'Report extreme content you find online.',
      'Know that getting help early is about support, not punishment.',
    ],
    keywords: ['Prevent', 'radicalisation', 'extremism', 'terrorism', 'online hate'],
  },
};

const serviceKinds = ['Advice Line', 'Support Service', 'Drop-in Centre', 'Helpline', 'Family Support Team', 'Outreach Service', 'Community Hub', 'Counselling Service', 'Reporting Line', 'Youth Support Service'] as const;
const organisations = ['Community Trust', 'Support Partnership', 'Wellbeing Network', 'Family Centre', 'Youth Project', 'Neighbourhood Forum'] as const;
const offers = ['advice by phone', 'drop-in sessions', 'one-to-one support', 'help to report', 'support for families', 'group sessions', 'visits at home'] as const;
const keyMessages = [
  'If it feels wrong, report it.',
  'You are not alone. Help is free.',
  'Spot it. Report it. Stop it.',
  'Tell someone you trust.',
  'Look out for each other.',
  'Ask. Listen. Act.',
  'It is never your fault.',
  'Stop. Think. Check.',
] as const;
const curricula = [
  'RSHE: Being safe',
  'RSHE: Online relationships and online safety',
  'PSHE: Managing risk and personal safety',
  'PSHE: Healthy relationships',
  'Citizenship: Crime and the law',
  'Computing: Online safety',
] as const;
const outcomeVerbs = ['Name', 'Explain', 'Describe', 'List', 'Know', 'Recognise'] as const;
const weekdaysSets = [['mon', 'tue', 'wed', 'thu', 'fri'], ['mon', 'wed', 'fri'], ['tue', 'thu'], ['sat']] as const;
/** UK number ranges set aside for drama: they pass the phone check and belong to no one. */
const dramaRanges = ['020 7946 0', '0113 496 0', '0117 496 0', '0118 496 0', '0121 496 0', '0131 496 0', '0191 498 0', '0808 157 0'] as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** A YAML scalar: JSON strings are valid YAML, so quoting and escaping are never in doubt. */
const yamlString = (text: string) => JSON.stringify(text);
const yamlList = (items: readonly string[]) => `[${items.map(yamlString).join(', ')}]`;

interface RealCampaign {
  id: string;
  topic: TopicSlug;
  sensitive: boolean;
  report: { service: string; when: string }[];
  support: string[];
}

interface CampaignRef {
  id: string;
  topic: TopicSlug;
}

/** Splits a Markdown file into its frontmatter data and body. */
function frontmatterOf(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const data = match ? loadYaml(match[1] ?? '') : undefined;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

function readRealCampaigns(contentDir: string): RealCampaign[] {
  const folder = path.join(contentDir, 'campaigns');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const data = frontmatterOf(readFileSync(path.join(folder, entry.name, 'index.mdx'), 'utf8'));
      return {
        id: entry.name,
        topic: data['topic'] as TopicSlug,
        sensitive: data['sensitive'] === true,
        report: (data['report'] as { service: string; when: string }[] | undefined) ?? [],
        support: (data['support'] as string[] | undefined) ?? [],
      };
    });
}

/**
 * How many entries of each kind make `pagesToAdd` pages. Every entry has a page of its own; a
 * campaign may have more (such as its toolkit), `pagesPerCampaign` of them in all.
 */
export function countsFor(pagesToAdd: number, pagesPerCampaign = 1): GeneratedCounts {
  const pages = Math.max(0, pagesToAdd);
  const entries = pages / (shares.campaigns * pagesPerCampaign + (1 - shares.campaigns));
  const campaigns = Math.round(entries * shares.campaigns);
  const services = Math.round(entries * shares.services);
  const resources = Math.round(entries * shares.resources);
  // News takes what is left, so the pages add up to the count asked for.
  return { campaigns, services, resources, news: Math.max(0, Math.round(pages - campaigns * pagesPerCampaign - services - resources)) };
}

/** Copies the real content to `target` and adds the generated entries; the same seed gives the same files. */
export function writeSyntheticContent(realContentDir: string, target: string, counts: GeneratedCounts, seed = 2026): void {
  cpSync(realContentDir, target, { recursive: true });
  const pick = new Picker(seed);
  const realCampaigns = readRealCampaigns(realContentDir);
  const realCampaignsByTopic = new Map(realCampaigns.map((campaign) => [campaign.topic, campaign]));
  const topicSlugs = topics.map((topic) => topic.slug);
  const districtSlugs = districts.map((district) => district.slug);

  // Services first, so campaigns can send readers to them as well as to real ones.
  const servicesByTopic = new Map<TopicSlug, string[]>();
  for (let index = 1; index <= counts.services; index += 1) {
    const topic = pick.one(topicSlugs);
    const town = pick.one(towns);
    const kind = pick.one(serviceKinds);
    const title = `${town} ${kind}`;
    const id = `${slugify(title)}-${index}`;
    const verified = pick.chance(0.85);
    // Campaigns may only send readers to services whose details are confirmed.
    if (verified) servicesByTopic.set(topic, [...(servicesByTopic.get(topic) ?? []), id]);
    const topicLabel = topics.find((candidate) => candidate.slug === topic)!.label.toLowerCase();
    const extraTopic = pick.chance(0.3) ? [pick.one(topicSlugs.filter((slug) => slug !== topic))] : [];
    const coverage = pick.chance(0.15)
      ? 'national'
      : pick.chance(0.4)
        ? 'norfolk'
        : yamlList(pick.some(districtSlugs, pick.int(1, 3)));
    const phones = Array.from({ length: pick.int(1, 2) }, (_, phone) => {
      const number = `${pick.one(dramaRanges)}${String(pick.int(0, 999)).padStart(3, '0')}`;
      return `  - number: ${yamlString(number)}${phone === 1 ? `\n    label: ${yamlString(pick.one(['Freephone', 'Out-of-hours line', 'Text relay users', 'For professionals']))}` : ''}`;
    });
    const hours = pick.chance(0.2)
      ? ['hours:', '  - days: [mon, tue, wed, thu, fri, sat, sun]', '    opens: "00:00"', '    closes: "24:00"'].join('\n')
      : [
          'hours:',
          `  - days: [${pick.one(weekdaysSets.slice(0, 3)).join(', ')}]`,
          `    opens: "${pick.one(['08:00', '09:00', '09:30', '10:00'])}"`,
          `    closes: "${pick.one(['16:00', '17:00', '18:00', '20:00'])}"`,
          ...(pick.chance(0.4) ? ['  - days: [sat]', '    opens: "10:00"', '    closes: "14:00"'] : []),
        ].join('\n');
    const yaml = [
      `title: ${yamlString(title)}`,
      `summary: ${yamlString(`${capitalise(pick.one(offers))} for people in and around ${town} affected by ${topicLabel}.`)}`,
      `organisation: ${yamlString(`${town} ${pick.one(organisations)}`)}`,
      `purposes: [${pick.chance(0.2) ? 'report, support' : 'support'}]`,
      'phones:',
      ...phones,
      hours,
      ...(pick.chance(0.3) ? [`hoursNote: ${yamlString(`Busiest on ${pick.one(['Monday mornings', 'Friday afternoons', 'weekday evenings'])}; leave a message and someone will call back.`)}`] : []),
      `coverage: ${coverage}`,
      `topics: ${yamlList([topic, ...extraTopic])}`,
      `audiences: ${yamlList(pick.chance(0.5) ? ['residents'] : ['residents', 'workforce'])}`,
      `anonymous: ${pick.chance(0.4)}`,
      `keywords: ${yamlList(pick.some(topicWords[topic].keywords, 3))}`,
      'sources:',
      `  - title: ${yamlString(`${town} ${pick.one(organisations)} leaflet`)}`,
      `    url: https://www.example.org/${id}`,
      `    checked: ${pick.date(2025, 2025)}`,
      `    primary: ${verified}`,
      ...(verified ? ['    confirms: [phones, hours]'] : []),
      ...(verified ? [] : [`toCheck: [${yamlString(pick.one(['The Saturday opening hours.', 'Whether the second number takes texts.', 'Which villages the service covers.']))}]`]),
    ];
    writeFileSync(path.join(target, 'services', `${id}.yaml`), `${yaml.join('\n')}\n`);
  }

  const campaignRefs: CampaignRef[] = realCampaigns.map(({ id, topic }) => ({ id, topic }));
  mkdirSync(path.join(target, 'campaigns'), { recursive: true });
  for (let index = 1; index <= counts.campaigns; index += 1) {
    const topic = pick.one(topicSlugs);
    const words = topicWords[topic];
    const subject = pick.one(words.subjects);
    const town = pick.one(towns);
    const title = `${capitalise(subject)} in ${town}`;
    // As short as the real campaigns' ids: the address has to fit on one line of the share images.
    const id = `${slugify(town)}-${index}`;
    campaignRefs.push({ id, topic });
    const real = realCampaignsByTopic.get(topic);
    const report = real?.report.length ? real.report : [{ service: 'emergency-999', when: 'If someone is in danger now.' }];
    const localSupport = pick.some(servicesByTopic.get(topic) ?? [], pick.int(1, 2));
    const support = [...pick.some(real?.support ?? ['victim-support'], 2), ...localSupport];
    const audiences = ['residents', ...pick.some(['schools', 'workforce'], pick.int(0, 2))];
    const frontmatter = [
      `title: ${yamlString(title)}`,
      `summary: ${yamlString(`How to spot ${subject} in ${town}, what to do, and where to find support nearby.`)}`,
      `keyMessage: ${yamlString(pick.one(keyMessages))}`,
      `topic: ${topic}`,
      `audiences: ${yamlList(audiences)}`,
      `sensitive: ${real?.sensitive ?? false}`,
      `about: ${yamlString(`This campaign is about ${subject} in ${town} and the villages around it. ${pick.one(words.signs)} ${pick.one(words.protect)}`)}`,
      'signs:',
      ...pick.some(words.signs, pick.int(3, 5)).map((sign) => `  - ${yamlString(sign)}`),
      'protect:',
      ...pick.some(words.protect, pick.int(2, 4)).map((step) => `  - ${yamlString(step)}`),
      'report:',
      ...report.flatMap((route) => [`  - service: ${route.service}`, `    when: ${yamlString(route.when)}`]),
      'support:',
      ...support.map((service) => `  - ${service}`),
      `primaryLines: [${support[0]}]`,
      ...(pick.chance(0.5)
        ? [
            'facts:',
            `  - statement: ${yamlString(`In 2025, ${pick.int(20, 400)} people in ${town} asked the partnership for advice about ${subject}.`)}`,
            '    period: "2025"',
            '    source:',
            `      title: ${yamlString(`${town} community safety survey`)}`,
          ]
        : []),
      `keywords: ${yamlList(pick.some(words.keywords, 4))}`,
      `published: ${pick.date(2024, 2026)}`,
    ];
    const body = [
      '## For residents',
      '',
      `${pick.one(words.protect)} People in ${town} have told us that ${subject} worry them. ${pick.one(words.signs)}`,
      '',
      ...(audiences.includes('schools')
        ? ['## For schools', '', `Talk with pupils about ${subject}. ${pick.one(words.protect)} Follow your school's safeguarding policy if a pupil tells you something worrying.`, '']
        : []),
      ...(audiences.includes('workforce')
        ? ['## For professionals', '', `People you work with in ${town} may be affected by ${subject}. ${pick.one(words.signs)} Follow your organisation's safeguarding procedure.`, '']
        : []),
    ];
    const folder = path.join(target, 'campaigns', id);
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'index.mdx'), `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}`);
  }

  for (let index = 1; index <= counts.resources; index += 1) {
    const campaign = pick.one(campaignRefs);
    const words = topicWords[campaign.topic];
    const subject = pick.one(words.subjects);
    const format = pick.one(resourceFormats).slug;
    const stages = pick.some(keyStages.map((stage) => stage.slug), pick.int(1, 2));
    const title = `${capitalise(subject)}: ${pick.one(['what would you do?', 'spotting the signs', 'who can help?', 'staying safe', 'talking about it', 'making good choices'])}`;
    const id = `${slugify(title)}-${index}`;
    const minutes = pick.one([15, 20, 30, 45, 60]);
    const frontmatter = [
      `title: ${yamlString(title)}`,
      `summary: ${yamlString(`A ${minutes}-minute ${resourceFormats.find((candidate) => candidate.slug === format)!.label.toLowerCase()} where pupils talk about ${subject} and practise what to do next.`)}`,
      `campaign: ${campaign.id}`,
      `format: ${format}`,
      `keyStages: [${stages.join(', ')}]`,
      `durationMinutes: ${minutes}`,
      'learningOutcomes:',
      ...pick.some(words.signs, pick.int(2, 3)).map((sign) => `  - ${yamlString(`${pick.one(outcomeVerbs)} why this is a warning sign: ${sign.charAt(0).toLowerCase()}${sign.slice(1)}`)}`),
      `curriculum: ${yamlList(pick.some(curricula, pick.int(1, 2)))}`,
      `published: ${pick.date(2024, 2026)}`,
    ];
    const body = [
      `## Starter (${Math.min(10, minutes)} minutes)`,
      '',
      `Ask pupils what they already know about ${subject}. Write their ideas on the board.`,
      '',
      '## Main activity',
      '',
      `In small groups, pupils read a short story about ${subject} in ${pick.one(towns)} and mark:`,
      '',
      ...pick.some(words.signs, 3).map((sign) => `- ${sign}`),
      '',
      '## Discussion questions',
      '',
      `- ${pick.one(words.protect)} Why does this help?`,
      '- Who could you talk to if you were worried?',
      '',
      '## Safeguarding notes for staff',
      '',
      "A pupil may tell you something worrying. Stay calm, do not promise to keep it secret, and follow your school's safeguarding policy.",
      '',
    ];
    writeFileSync(path.join(target, 'resources', `${id}.mdx`), `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}`);
  }

  const headlines = [
    (subject: string, town: string) => `${town} partners launch a week of advice on ${subject}`,
    (subject: string, town: string) => `Residents in ${town} asked to look out for ${subject}`,
    (subject: string, town: string) => `New support in ${town} for people affected by ${subject}`,
    (subject: string, town: string) => `Schools in ${town} take part in a project on ${subject}`,
    (subject: string, town: string) => `What ${town} told us about ${subject}`,
  ] as const;
  mkdirSync(path.join(target, 'news'), { recursive: true });
  for (let index = 1; index <= counts.news; index += 1) {
    const campaign = pick.one(campaignRefs);
    const words = topicWords[campaign.topic];
    const subject = pick.one(words.subjects);
    const town = pick.one(towns);
    const title = pick.one(headlines)(subject, town);
    const id = `${slugify(title)}-${index}`;
    const frontmatter = [
      `title: ${yamlString(title)}`,
      `summary: ${yamlString(`Partners in ${town} are sharing advice about ${subject} and where to get help.`)}`,
      `published: ${pick.date(2024, 2026)}`,
      `topics: [${campaign.topic}]`,
      `audiences: ${yamlList(['residents', ...pick.some(['schools', 'workforce'], pick.int(0, 2))])}`,
      ...(pick.chance(0.6) ? [`campaign: ${campaign.id}`] : []),
    ];
    const body = [
      `People in ${town} have asked for more help with ${subject}. ${pick.one(words.signs)}`,
      '',
      `${pick.one(words.protect)} ${pick.one(words.protect)}`,
      '',
      `If someone is in danger now, call [999](/services/emergency-999/). To find support, see the [services directory](/services/).`,
      '',
    ];
    writeFileSync(path.join(target, 'news', `${id}.mdx`), `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}`);
  }
}
