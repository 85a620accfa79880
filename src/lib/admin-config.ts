/**
 * The web editor's configuration (Sveltia CMS at /admin/), worked out from the content schemas at
 * build time. Every collection, field, label, hint, required flag, list of options and reference
 * comes from `src/content.config.ts`, its doc comments and the taxonomy, so a field added to a
 * schema appears in the editor with no second edit, and the editor offers only what the build
 * accepts. Rules a form can check (a real date, an https:// address, a UK number, not a home page)
 * are recognised by asking the schema itself, and their messages are the schema's own.
 */
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { linkFileRelations } from './admin-relations';
import ts from 'typescript';
import { ukShortNumbers } from './phone';
import { paths } from './paths';
import { audiences, districts, keyStages, resourceFormats, topics, type Term } from './taxonomy';

/** What this module reads of a zod 4 schema: its definition and its own parser. */
export interface Schema {
  _zod: { def: SchemaDef };
  /** Set on the stand-in for Astro's `reference()` while the editor model is loaded. */
  referencesCollection?: string;
  safeParse(value: unknown): { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } };
}
interface SchemaDef {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: unknown; inclusive?: boolean } } }[];
  format?: string;
  innerType?: Schema;
  element?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  shape?: Record<string, Schema>;
  defaultValue?: unknown;
}

/** A collection as `src/content.config.ts` declares it: its schema and where its files live. */
export interface ContentCollection {
  name: string;
  schema: Schema;
  source: { folder: string; pattern: string } | { file: string };
}

/** Doc comments of object fields, keyed by the object's field names (sorted, joined) then field. */
export type FieldComments = ReadonlyMap<string, ReadonlyMap<string, string | undefined>>;

const signature = (keys: readonly string[]) => [...keys].sort().join(',');

/**
 * Reads the `/** ... *\/` comment above each field of every object literal passed to a call
 * (`strictFields({...})`, `z.object({...})`) in the given TypeScript sources. Two objects with the
 * same fields but different comments leave those fields without a hint rather than guess.
 */
export function readFieldComments(sources: readonly { path: string; text: string }[]): FieldComments {
  const index = new Map<string, Map<string, string | undefined>>();
  for (const { path, text } of sources) {
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        for (const argument of node.arguments.filter(ts.isObjectLiteralExpression)) {
          // `service,` (a shorthand for `service: service`) is a field too.
          const fields = argument.properties
            .filter((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))
            .filter((p) => ts.isIdentifier(p.name));
          const key = signature(fields.map((p) => p.name.getText(file)));
          const known = index.get(key) ?? new Map<string, string | undefined>();
          for (const property of fields) {
            const name = property.name.getText(file);
            const comment = docComment(text, property.getFullStart());
            if (known.has(name) && known.get(name) !== comment) known.set(name, undefined);
            else known.set(name, comment);
          }
          index.set(key, known);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return index;
}

function docComment(text: string, position: number): string | undefined {
  const block = (ts.getLeadingCommentRanges(text, position) ?? []).filter((range) => text.startsWith('/**', range.pos)).at(-1);
  if (!block) return undefined;
  return text
    .slice(block.pos + 3, block.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .join(' ')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A rule a form field can check by itself. It applies to a field whose schema accepts every `good`
 * sample and refuses every `bad` one, so the editor never guesses what a schema means. The message
 * is the schema's own for `example`, with the quoted value replaced by "This".
 */
export interface FormRule {
  name: string;
  good: readonly string[];
  bad: readonly string[];
  example: string;
  pattern: RegExp;
}

const spacedDigits = (digits: string) => digits.split('').join(' ?');
/** UK numbers as people write them: a short number the site knows, or 0 (or +44) and 9 or 10 more digits. */
const ukPhonePattern = new RegExp(
  `^\\s*(?:${[...ukShortNumbers.keys()].map(spacedDigits).join('|')}|0(?: ?\\d){9,10}|\\+44(?: ?\\d){9,10})\\s*$`,
);

export const formRules: readonly FormRule[] = [
  {
    name: 'date',
    good: ['2026-01-31', '2028-02-29', '2000-02-29'],
    bad: ['2026-02-30', '2026-13-01', '2100-02-29', '31/01/2026'],
    example: '2026-02-30',
    // A day that exists: 30 days hath September..., and 29 February in leap years only.
    pattern:
      /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/,
  },
  { name: 'time', good: ['08:00', '17:30', '24:00'], bad: ['25:00', '24:30', '8am'], example: '8am', pattern: /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/ },
  {
    name: 'action page',
    good: ['https://www.example.org/report', 'https://www.example.org/?form=asb'],
    bad: ['https://www.example.org/', 'https://www.example.org', 'http://www.example.org/report'],
    example: 'https://www.example.org/',
    pattern: /^https:\/\/[^/?#\s]+(?:\/[^\s?#]*[^\s/?#][^\s?#]*(?:[?#]\S*)?|\/?[?#]\S+)$/,
  },
  { name: 'https address', good: ['https://www.example.org/'], bad: ['http://www.example.org/', 'www.example.org'], example: 'http://www.example.org/', pattern: /^https:\/\/[^\s/?#]+\S*$/ },
  { name: 'UK phone number', good: ['0808 2000 247', '116 123'], bad: ['0808 2000', '0808-2000-247'], example: '0808 2000', pattern: ukPhonePattern },
];

/** Whether the schema accepts a value; a refinement that throws on a malformed value refuses it. */
function accepts(schema: Schema, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}

/** The message the schema gives for a value, said of "This" rather than of the value typed. */
export function messageFor(schema: Schema, value: unknown, typed: unknown = value): string {
  const message = schema.safeParse(value).error?.issues[0]?.message ?? 'is not allowed here';
  const quoted = typeof typed === 'string' ? JSON.stringify(typed) : undefined;
  if (quoted && message.includes(quoted)) return message.replace(quoted, 'This');
  return /^[a-z]/.test(message) ? `This ${message}` : message;
}

/** The rule a string field's schema enforces, if it behaves exactly like one of the rules. */
function ruleOf(schema: Schema, wrap: (value: string) => unknown = (value) => value): FormRule | undefined {
  return formRules.find((rule) => rule.good.every((value) => accepts(schema, wrap(value))) && rule.bad.every((value) => !accepts(schema, wrap(value))));
}

const acronyms: Record<string, string> = { asb: 'ASB', id: 'ID', url: 'Address' };
/** "keyMessage" -> "Key message", "asbPage" -> "ASB page". */
export function humanise(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase().split(' ');
  const text = words.map((word) => acronyms[word] ?? word).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
const singular = (label: string) => label.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');

/** The taxonomy lists, so a choice whose values are a list's slugs shows that list's labels. */
const taxonomyLists: readonly (readonly Term[])[] = [audiences, topics, districts, keyStages, resourceFormats];
function optionsFor(values: readonly string[]): { label: string; value: string }[] {
  const list = taxonomyLists.find((terms) => terms.length === values.length && terms.every((term) => values.includes(term.slug)));
  return values.map((value) => ({ value, label: list?.find((term) => term.slug === value)?.label ?? humanise(value) }));
}

interface Unwrapped {
  core: Schema;
  required: boolean;
  defaultValue?: unknown;
  /** The schema that validates the whole value, transforms included (for rules checked after parsing). */
  whole: Schema;
}

/** Looks through optional, default and transform layers to the shape an editor fills in. */
export function unwrap(schema: Schema): Unwrapped {
  let core = schema;
  let required = true;
  let defaultValue: unknown;
  let whole = schema;
  for (;;) {
    const def = core._zod.def;
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
      required = false;
      core = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      core = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      whole = core;
      // A preprocess step (`all` for every topic) comes first; the editor fills in what follows it.
      core = def.in._zod.def.type === 'transform' ? def.out : def.in;
    } else {
      return { core, required, defaultValue, whole };
    }
  }
}

const checksOf = (schema: Schema) => (schema._zod.def.checks ?? []).map((check) => check._zod.def);
const lengthLimits = (schema: Schema) => ({
  min: checksOf(schema).find((check) => check.check === 'min_length')?.minimum,
  max: checksOf(schema).find((check) => check.check === 'max_length')?.maximum,
});

interface FieldContext {
  comments: FieldComments;
  hint: string | undefined;
}

/** The editor field for one schema field. */
export function fieldFor(name: string, schema: Schema, context: FieldContext): Field {
  const { core, required, defaultValue, whole } = unwrap(schema);
  const hint = `${context.hint ?? ''}${shorthandNote(core, whole, context.hint)}`.trim();
  const base = { name, label: humanise(name), required, ...(hint ? { hint } : {}) };
  return widgetFor(base, core, whole, defaultValue, context);
}

/**
 * A preprocess step may accept a shorthand (`topics: all`) that the editor cannot show: it shows
 * nothing chosen, and saving writes the word as a list item, which the build refuses. The words
 * the field's comment names are tried, so the hint can name the shorthand.
 */
function shorthandNote(core: Schema, whole: Schema, comment: string | undefined): string {
  if (whole._zod.def.type !== 'pipe' || whole._zod.def.in?._zod.def.type !== 'transform') return '';
  const words = [...new Set(comment?.toLowerCase().match(/[a-z]+/g) ?? [])].filter((word) => accepts(whole, word) && !accepts(core, word));
  return words.length ? ` An entry whose file says ${words.map((word) => `"${word}"`).join(' or ')} shows nothing chosen here: change it in its file, not here.` : '';
}

type Base = { name: string; label: string; required: boolean; hint?: string };

function widgetFor(base: Base, core: Schema, whole: Schema, defaultValue: unknown, context: FieldContext): Field {
  const def = core._zod.def;
  const rule = def.type === 'string' || def.type === 'union' ? ruleOf(whole) : undefined;
  if (rule?.name === 'date') {
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', pattern: [rule.pattern.source, messageFor(whole, rule.example)] };
  }
  if (def.type === 'string' && core.referencesCollection) return relation(base, core.referencesCollection);
  if (def.type === 'string') return textField(base, core, whole, rule);
  if (def.type === 'number') {
    const checks = checksOf(core);
    const integer = checks.some((check) => check.format === 'safeint' || check.format === 'int32');
    const above = checks.find((check) => check.check === 'greater_than');
    const min = above && typeof above.value === 'number' ? above.value + (above.inclusive ? 0 : integer ? 1 : 0) : undefined;
    return { ...base, widget: 'number', value_type: integer ? 'int' : 'float', ...(min === undefined ? {} : { min }) };
  }
  if (def.type === 'boolean') return { ...base, widget: 'boolean', default: defaultValue === true };
  if (def.type === 'enum' && def.entries) {
    const options = optionsFor(Object.values(def.entries).map(String));
    return { ...base, widget: 'select', options, ...(typeof defaultValue === 'string' ? { default: defaultValue } : {}) };
  }
  if (def.type === 'literal' && def.values) return { ...base, widget: 'select', options: optionsFor(def.values.map(String)) };
  if (def.type === 'array' && def.element) return listField(base, core, def.element, context);
  if (def.type === 'object' && def.shape) return { ...base, widget: 'object', fields: fieldsOf(core, context.comments, whole) };
  if (def.type === 'union' && def.options) return unionField(base, def.options, context);
  throw new Error(`The editor has no field for "${base.name}" (a ${def.type} in the schema): add one to src/lib/admin-config.ts`);
}

function textField(base: Base, core: Schema, whole: Schema, rule: FormRule | undefined): Field {
  const def = core._zod.def;
  const regex = checksOf(core).find((check) => check.format === 'regex')?.pattern;
  // "One sentence saying...", "in a short paragraph": text an editor writes across several lines.
  const long = /\b(one|a) (short )?(sentence|paragraph)\b/i.test(base.hint ?? '');
  const type = def.format === 'email' ? 'email' : rule?.name.includes('page') || rule?.name.includes('address') ? 'url' : undefined;
  const notEmpty = checksOf(core).some((check) => check.check === 'min_length') && !accepts(whole, ' ');
  const pattern: [string, string] | undefined = rule
    ? [rule.pattern.source, ruleMessage(whole, rule)]
    : regex
      ? [regex.source, messageFor(whole, '\u0000')]
      : notEmpty
        ? ['\\S', messageFor(whole, ' ')]
        : undefined;
  return { ...base, widget: long && !type ? 'text' : 'string', ...(type ? { type } : {}), ...(pattern ? { pattern } : {}) };
}

/** An action page must also be https://: one message names both, each in the schema's words. */
function ruleMessage(whole: Schema, rule: FormRule): string {
  const message = messageFor(whole, rule.example);
  if (rule.name !== 'action page') return message;
  const https = messageFor(whole, 'http://www.example.org/report').replace(/^This /, '');
  return `${message}. It ${https}`;
}

function relation(base: Base, collection: string, multiple?: { min?: number | undefined; max?: number | undefined }): Field {
  return {
    ...base,
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    ...(multiple ? { multiple: true, ...(multiple.min ? { min: multiple.min } : {}), ...(multiple.max ? { max: multiple.max } : {}) } : {}),
  };
}

function listField(base: Base, list: Schema, element: Schema, context: FieldContext): Field {
  const { min, max } = lengthLimits(list);
  const limits = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
  const item = unwrap(element);
  const itemDef = item.core._zod.def;
  if (itemDef.type === 'string' && item.core.referencesCollection) return relation(base, item.core.referencesCollection, { min, max });
  if (itemDef.type === 'enum' && itemDef.entries) {
    return { ...base, widget: 'select', multiple: true, options: optionsFor(Object.values(itemDef.entries).map(String)), ...limits };
  }
  const label = singular(base.label);
  if (itemDef.type === 'object' && itemDef.shape) {
    const fields = fieldsOf(item.core, context.comments, item.whole);
    const first = fields.find((field) => 'widget' in field && ['string', 'text', 'relation', 'select'].includes(String(field.widget)));
    return { ...base, widget: 'list', label_singular: label, fields, ...(first ? { summary: `{{fields.${first.name}}}` } : {}), ...limits };
  }
  const field = widgetFor({ name: 'item', label, required: true }, item.core, item.whole, undefined, { ...context, hint: base.hint });
  return { ...base, widget: 'list', label_singular: label, field, ...limits };
}

/**
 * A field the schema lets take one of several shapes. The editor draws one shape per field, and
 * on saving it drops a value of another shape it cannot draw: a service's `hours: always` would
 * vanish without a word. So a field with a fixed-word shape (such as `always`) is kept exactly as
 * the file has it, out of sight; otherwise the editor shows the first shape, and a value of
 * another shape that it rewrites fails the build, which names the file and field.
 */
function unionField(base: Base, options: readonly Schema[], context: FieldContext): Field {
  const words = options.filter((option) => option._zod.def.type === 'literal');
  if (words.length > 0) return { name: base.name, label: base.label, widget: 'hidden' };
  const shown = options[0];
  if (!shown) throw new Error(`"${base.name}" has no shape the editor can show`);
  const others = options.slice(1).map(describeShape);
  const note = others.length ? ` The file may instead say ${others.join(' or ')}, which this editor cannot set.` : '';
  return widgetFor({ ...base, hint: `${base.hint ?? ''}${note}`.trim() }, unwrap(shown).core, shown, undefined, context);
}

function describeShape(schema: Schema): string {
  const def = schema._zod.def;
  if (def.type === 'literal') return (def.values ?? []).map((value) => `"${String(value)}"`).join(' or ');
  if (def.type === 'array' && def.element) return `a list of ${describeShape(def.element)}`;
  if (def.type === 'enum' && def.entries) return `values from ${Object.values(def.entries).join(', ')}`;
  return `a ${def.type}`;
}

/** The editor fields of an object schema, each with its doc comment as the hint. */
export function fieldsOf(object: Schema, comments: FieldComments, whole: Schema = object): Field[] {
  const shape = object._zod.def.shape ?? {};
  const hints = comments.get(signature(Object.keys(shape)));
  return Object.entries(shape).map(([name, schema]) => {
    const field = fieldFor(name, schema, { comments, hint: hints?.get(name) });
    // A rule checked after parsing (a phone number) shows as the field's own pattern.
    if (whole !== object && 'widget' in field && field.widget === 'string' && !('pattern' in field)) {
      const rule = ruleOf(whole, (value) => ({ [name]: value }));
      if (rule) return { ...field, pattern: [rule.pattern.source, messageFor(whole, { [name]: rule.example }, rule.example)] };
    }
    return field;
  });
}

/** The MDX body: plain Markdown only, as `src/lib/mdx-guard.ts` enforces at build time. */
export function bodyField(elements: readonly string[]): Field {
  const element = `<(?!/?(?:${elements.join('|')})\\b)[A-Za-z/>]`;
  const code = `(?:^|\\n)\\s*(?:import|export)\\b|(?<!['"])\\{(?!\\s*(?:'[^'\\n]*'|"[^"\\n]*"|\\d+(?:\\.\\d+)?|/\\*[\\s\\S]*?\\*/)\\s*\\})`;
  const scheme = `\\]\\(\\s*<?\\s*(?:javascript|vbscript|data):`;
  return {
    name: 'body',
    label: 'Page text',
    widget: 'markdown',
    required: false,
    modes: ['raw', 'rich_text'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: [],
    hint: `Plain Markdown: paragraphs, headings, lists, links and emphasis. Links start https://, mailto:, tel: or / for a page of this site. No code, and no elements but ${elements.map((name) => `<${name}>`).join(', ')}.`,
    pattern: [
      `^(?![\\s\\S]*(?:${element}|${code}|${scheme}))[\\s\\S]*$`,
      `This is not plain Markdown: content may not contain code, other elements or javascript:, vbscript: or data: links. Use plain Markdown; see "Writing content" in the README.`,
    ],
  };
}

interface CollectionName {
  label: string;
  singular: string;
  description: string;
  /** The page an entry becomes, for the editor's "view on site" link. */
  page?: (id: string) => string;
}

/** How each collection is named for editors. A collection missing here still appears, under its own name. */
export const collectionNames: Readonly<Record<string, CollectionName>> = {
  campaigns: { label: 'Campaigns', singular: 'Campaign', page: paths.campaign, description: 'Each campaign: signs to spot, how to protect yourself, where to report and get support.' },
  services: { label: 'Services and helplines', singular: 'Service', page: paths.service, description: 'Every helpline, form and service the site names, with its numbers, opening hours and the pages they were checked on.' },
  districts: { label: 'Districts', singular: 'District', page: paths.district, description: 'How to report anti-social behaviour in each of the seven districts.' },
  resources: { label: 'School resources', singular: 'School resource', page: paths.resource, description: 'Lessons, assemblies, activities and staff guidance for schools.' },
  briefings: { label: 'Briefings for professionals', singular: 'Briefing', page: paths.briefing, description: 'Seven-minute briefings for people who work for the partners.' },
  news: { label: 'News', singular: 'News story', page: paths.news, description: 'News from the partnership, also sent out in the RSS feed.' },
  pages: { label: 'Standing pages', singular: 'Page', page: paths.page, description: 'About, accessibility, privacy and other pages that stand on their own.' },
  situations: { label: 'Get help situations', singular: 'Situation', description: 'The situations listed on "Get help", each with the services to contact, in order.' },
  priorities: { label: 'Plan priorities', singular: 'Priority', description: 'The priorities of the Safer Norfolk Plan, as the plan sets them out.' },
  outcomes: { label: 'Plan outcomes', singular: 'Outcome', description: 'The long-term outcomes of the plan and how they are measured.' },
  places: { label: 'Places', singular: 'Place', description: 'Towns, villages and postcode districts, each with the council that covers it, for "Find help where you live".' },
  easyRead: { label: 'Easy Read pages', singular: 'Easy Read page', page: paths.easyRead, description: 'Easy Read versions of Get help situations: one short sentence per point, each with a picture.' },
  translations: { label: 'Pages in other languages', singular: 'Page in another language', page: paths.translation, description: 'Short pages of help in other languages, each sentence with its English and its source.' },
  languageSupport: { label: 'Help in your language', singular: 'Help in your language page', description: 'The English page listing services that help in other languages and official translated guidance.' },
  campaignDates: { label: 'Campaign calendar', singular: 'Campaign period', description: 'When each campaign runs, and the national awareness day or week it joins.' },
};

/** The field that names an entry: its title, or else the first field that reads as a name. */
function identifierOf(fields: readonly Field[]): string | undefined {
  const named = (field: Field) => 'widget' in field && ['string', 'text', 'select'].includes(String(field.widget)) && field.name !== 'id';
  return fields.find((field) => field.name === 'title')?.name ?? fields.find(named)?.name;
}

/** The editor collection for one content collection. */
export function collectionFor(collection: ContentCollection, comments: FieldComments, mdxElements: readonly string[]): Collection {
  const names = collectionNames[collection.name] ?? { label: humanise(collection.name), singular: humanise(collection.name), description: '' };
  const fields = fieldsOf(unwrap(collection.schema).core, comments);
  const identifier = identifierOf(fields);
  const common = { name: collection.name, label: names.label, label_singular: names.singular, ...(names.description ? { description: names.description } : {}) };
  const { source } = collection;
  if ('file' in source) {
    const items: Field = { name: 'items', label: names.label, label_singular: names.singular, widget: 'list', root: true, fields, ...(identifier ? { summary: `{{fields.${identifier}}}` } : {}) };
    return { ...common, files: [{ name: collection.name, label: names.label, file: relativePath(source.file), format: 'yaml', fields: [items] }] };
  }
  const match = /^(\*\/index|\*)\.(\w+)$/.exec(source.pattern);
  if (!match) throw new Error(`The editor cannot map the file pattern "${source.pattern}" of ${collection.name}: add it to src/lib/admin-config.ts`);
  const [, stem, extension] = match as unknown as [string, string, string];
  const markdown = extension === 'mdx' || extension === 'md';
  return {
    ...common,
    folder: relativePath(source.folder),
    extension,
    format: markdown ? 'yaml-frontmatter' : extension,
    ...(stem === '*/index' ? { path: '{{slug}}/index' } : {}),
    ...(identifier ? { identifier_field: identifier } : {}),
    ...(names.page ? { preview_path: names.page('{{slug}}').replace(/^\//, '') } : {}),
    fields: markdown ? [...fields, bodyField(mdxElements)] : fields,
  };
}

const relativePath = (path: string) => path.replace(/^\.\//, '').replace(/\/$/, '');

export interface EditorSettings {
  /** The GitHub repository, owner/name. */
  repo: string;
  branch: string;
  /** The address of the OAuth client that signs editors in to GitHub, when there is one. */
  oauthUrl?: string | undefined;
  /** The public address of the site, for "view on site" links. */
  siteUrl: string;
  /** Elements MDX content may contain (`allowedElements` of `src/lib/mdx-guard.ts`). */
  mdxElements: readonly string[];
}

/** The whole editor configuration. */
export function adminConfig(collections: readonly ContentCollection[], comments: FieldComments, settings: EditorSettings): CmsConfig {
  return {
    backend: { name: 'github', repo: settings.repo, branch: settings.branch, ...(settings.oauthUrl ? { base_url: settings.oauthUrl } : {}) },
    // Every change becomes a pull request, so the build's checks run before anything is published.
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    app_title: 'Safer Norfolk editor',
    site_url: settings.siteUrl,
    logo: { src: '/favicon.svg' },
    // An optional field left empty is left out of the file: the schemas refuse an empty value.
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: linkFileRelations(collections.map((collection) => collectionFor(collection, comments, settings.mdxElements))),
  };
}
