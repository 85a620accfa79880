/**
 * The web editor's configuration (src/lib/admin-config.ts) against the schemas it is generated
 * from: every collection and field is there with the same required flag, choices are the
 * taxonomy's, references point at the right collection, the editor's own checks are the build's
 * rules with the build's messages, and an entry filled in through the editor passes the schema.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminPage, adminPolicy, editorBundle, editorConfig, loadCollections } from '../../src/integrations/admin';
import { formRules, readFieldComments, unwrap, type ContentCollection, type Schema } from '../../src/lib/admin-config';
import { audiences, districts, keyStages, resourceFormats, topics } from '../../src/lib/taxonomy';

let collections: ContentCollection[];
let config: CmsConfig;

beforeAll(async () => {
  collections = await loadCollections(process.cwd());
  config = await editorConfig(process.cwd(), 'http://localhost:4321');
});

/** The parts of an editor field these tests read (Sveltia's Field type is a union of 20 shapes). */
interface AnyField {
  name: string;
  label?: string;
  widget?: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  fields?: AnyField[];
  field?: AnyField;
  options?: { value: string; label: string }[];
  collection?: string;
  multiple?: boolean;
  min?: number;
  max?: number;
  type?: string;
}
const editorCollection = (name: string) => config.collections?.find((collection) => 'name' in collection && collection.name === name) as Collection;
/** A collection's fields; a single-file collection's are those of its list's items. */
function fieldsOf(name: string): AnyField[] {
  const collection = editorCollection(name) as Collection & { fields?: Field[]; files?: { fields: Field[] }[] };
  const fields = (collection.fields ?? collection.files?.[0]?.fields) as unknown as AnyField[];
  return 'files' in collection ? fields[0]!.fields! : fields;
}
const field = (collection: string, ...path: string[]): AnyField => {
  let fields = fieldsOf(collection);
  let found: AnyField | undefined;
  for (const name of path) {
    found = fields.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`${collection} has no field ${path.join('.')}`);
    fields = found.fields ?? [];
  }
  return found!;
};
const shapeOf = (schema: Schema) => unwrap(schema).core._zod.def.shape ?? {};
/** The object schema inside a field: its own, or its list items'. */
function innerObject(schema: Schema): Schema | undefined {
  const { core } = unwrap(schema);
  const def = core._zod.def;
  if (def.type === 'object') return core;
  if (def.type === 'array' && def.element && unwrap(def.element).core._zod.def.type === 'object') return unwrap(def.element).core;
  return undefined;
}

describe('the editor configuration', () => {
  it('has every collection of src/content.config.ts, each under a name people use', () => {
    const names = config.collections!.map((collection) => ('name' in collection ? collection.name : ''));
    expect(names).toEqual(collections.map((collection) => collection.name));
    for (const collection of config.collections!) {
      expect('label' in collection && collection.label).not.toBe('name' in collection && collection.name);
    }
  });

  it('has every schema field, with a label, the doc comment as its hint, and the same required flag', () => {
    const problems: string[] = [];
    const compare = (where: string, shape: Record<string, Schema>, fields: AnyField[]) => {
      expect(fields.map((candidate) => candidate.name), where).toEqual(Object.keys(shape).concat(fields.some((f) => f.name === 'body') ? ['body'] : []));
      for (const [name, schema] of Object.entries(shape)) {
        const editorField = fields.find((candidate) => candidate.name === name)!;
        if (editorField.widget === 'hidden') continue;
        // A field may be left out of a file exactly when its schema accepts nothing for it.
        const optional = schema.safeParse(undefined).success;
        if (editorField.required !== !optional) problems.push(`${where}.${name}: required ${String(editorField.required)}`);
        if (!editorField.label || !editorField.hint) problems.push(`${where}.${name}: no label or hint`);
        const inner = innerObject(schema);
        if (inner) compare(`${where}.${name}`, shapeOf(inner), editorField.fields ?? []);
      }
    };
    for (const collection of collections) compare(collection.name, shapeOf(collection.schema), fieldsOf(collection.name));
    expect(problems).toEqual([]);
  });

  it('offers exactly the taxonomy as choices, with its labels', () => {
    const terms = (list: readonly { slug: string; label: string }[]) => list.map(({ slug, label }) => ({ value: slug, label }));
    expect(field('campaigns', 'topic').options).toEqual(terms(topics));
    expect(field('campaigns', 'audiences').options).toEqual(terms(audiences));
    expect(field('news', 'topics').options).toEqual(terms(topics));
    expect(field('services', 'audiences').options).toEqual(terms(audiences));
    expect(field('districts', 'district').options).toEqual(terms(districts));
    expect(field('resources', 'keyStages').options).toEqual(terms(keyStages));
    expect(field('resources', 'format').options).toEqual(terms(resourceFormats));
    expect(field('priorities', 'topic').options).toEqual(terms(topics));
  });

  it('makes every reference a relation to the collection it names', () => {
    const relation = (f: AnyField) => ({ widget: f.widget, collection: f.collection, multiple: f.multiple ?? false });
    expect(relation(field('campaigns', 'support'))).toEqual({ widget: 'relation', collection: 'services', multiple: true });
    expect(relation(field('campaigns', 'primaryLines'))).toMatchObject({ widget: 'relation', collection: 'services', multiple: true });
    expect(field('campaigns', 'primaryLines').max).toBe(2);
    expect(relation(field('campaigns', 'report', 'service'))).toEqual({ widget: 'relation', collection: 'services', multiple: false });
    for (const collection of ['resources', 'briefings', 'news', 'situations']) {
      expect(relation(field(collection, 'campaign')), collection).toEqual({ widget: 'relation', collection: 'campaigns', multiple: false });
    }
    expect(relation(field('situations', 'routes', 'service'))).toMatchObject({ widget: 'relation', collection: 'services' });
  });

  it('shows dates as date pickers, and phone numbers and opening periods as structured lists', () => {
    expect(field('campaigns', 'published')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(field('services', 'sources', 'checked')).toMatchObject({ widget: 'datetime', type: 'date' });
    expect(field('services', 'phones').widget).toBe('list');
    expect(field('services', 'phones', 'number').pattern?.[1]).toBe('This is not a valid UK phone number');
    expect(field('districts', 'council', 'phone', 'number').pattern?.[1]).toBe('This is not a valid UK phone number');
    expect(field('services', 'sources').fields?.map((f) => f.name)).toEqual(['url', 'title', 'checked', 'primary', 'confirms']);
    // Hours have one shape, a list of periods (open all day every day is 00:00 to 24:00 on every day).
    expect(field('services', 'hours').widget).toBe('list');
    expect(field('services', 'hours').fields?.map((f) => f.name)).toEqual(['days', 'opens', 'closes']);
  });

  it("checks the build's rules with the build's own messages", () => {
    expect(field('campaigns', 'published').pattern?.[1]).toBe('This is not a real date written as YYYY-MM-DD');
    expect(field('services', 'website').pattern?.[1]).toBe('This must be a full web address starting https://');
    expect(field('services', 'onlineForm', 'url').pattern?.[1]).toMatch(/^This is a home page: link the page that does the job .*It must be a full web address starting https:\/\/$/);
    expect(field('districts', 'asbPage').pattern?.[1]).toMatch(/^This is a home page/);
    expect(field('campaigns', 'hashtags').field).toMatchObject({ pattern: [expect.any(String), 'This must be a hashtag like #SaferNorfolk: a # then letters and digits'] });
  });

  it('has patterns that agree with the schemas: what a pattern lets through, the schema accepts', () => {
    const samples = formRules.flatMap((rule) => [...rule.good, ...rule.bad]).concat(['https://www.example.org//', 'https://www.example.org/?', '+44 808 2000 247', '0808 2000 2470', '1900-02-29', '2024-02-29', '2026-04-31', '2026-12-31']);
    const problems: string[] = [];
    const check = (where: string, schema: Schema, editorField: AnyField, wrap: (value: string) => unknown) => {
      const pattern = editorField.pattern?.[0];
      if (!pattern) return;
      for (const sample of samples) {
        if (new RegExp(pattern).test(sample) && !schema.safeParse(wrap(sample)).success) problems.push(`${where}: the editor allows "${sample}"`);
      }
    };
    const phone = unwrap(unwrap(shapeOf(collections.find((c) => c.name === 'services')!.schema).phones!).core._zod.def.element!).whole;
    check('services.phones.number', phone, field('services', 'phones', 'number'), (number) => ({ number }));
    const services = shapeOf(collections.find((c) => c.name === 'services')!.schema);
    check('services.website', services.website!, field('services', 'website'), (value) => value);
    check('services.onlineForm.url', services.onlineForm!, field('services', 'onlineForm', 'url'), (url) => ({ url, label: 'Report it' }));
    check('campaigns.published', shapeOf(collections[0]!.schema).published!, field('campaigns', 'published'), (value) => value);
    expect(problems).toEqual([]);
  });
});

/** Values for a field as an editor could fill it in: the first that passes the field's own checks. */
const pool = ['Sample text', '2025-01-31', '08:00', '24:00', 'https://www.example.org/report', '0808 2000 247', '#SaferNorfolk', '2.3', 'team@example.org'];
function sample(editorField: AnyField, nth: number, ids: (collection: string) => string[]): unknown {
  const f = editorField;
  // As many items as the field asks for; an optional choice is left empty (a secondary source confirms nothing).
  const count = f.min ?? (f.required ? 1 : 0);
  switch (f.widget) {
    case 'boolean':
      return false;
    case 'number':
      return f.min ?? 1;
    case 'datetime':
      return '2025-01-31';
    case 'select':
      return f.multiple ? f.options!.slice(0, count).map((option) => option.value) : f.options![0]!.value;
    case 'relation':
      return f.multiple ? ids(f.collection!).slice(0, count) : ids(f.collection!)[0];
    case 'object':
      return entryFrom(f.fields!, ids);
    case 'list':
      // At least one item, so the item's own fields are filled in and checked too.
      return Array.from({ length: Math.max(count, 1) }, (_, index) => (f.fields ? entryFrom(f.fields, ids) : sample(f.field!, index, ids)));
    default: {
      const pattern = f.pattern ? new RegExp(f.pattern[0]) : undefined;
      const fits = pool.filter((value) => (!pattern || pattern.test(value)) && (f.type !== 'email' || value.includes('@')) && (f.type !== 'url' || value.startsWith('https://')));
      return fits[nth % fits.length] ?? fits[0];
    }
  }
}
/** An entry built from the editor's field definitions; siblings with the same rule take successive samples. */
function entryFrom(fields: readonly AnyField[], ids: (collection: string) => string[]): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  for (const f of fields) {
    if (f.widget === 'hidden' || f.name === 'body') continue;
    const rule = f.pattern?.[0] ?? '';
    const nth = seen.get(rule) ?? 0;
    seen.set(rule, nth + 1);
    entry[f.name] = sample(f, nth, ids);
  }
  return entry;
}

describe('an entry filled in through the editor', () => {
  const ids = (collection: string) => {
    // Situations are one YAML list; the others are a file or folder each.
    if (collection === 'situations') {
      return [...readFileSync('content/get-help/situations.yaml', 'utf8').matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]!);
    }
    const folder = { services: 'content/services', campaigns: 'content/campaigns' }[collection];
    if (!folder) throw new Error(`no sample ids for ${collection}`);
    return readdirSync(folder).map((name) => name.replace(/\.(yaml|mdx)$/, '')).sort();
  };
  const issues = (schema: Schema, value: unknown) => schema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('passes the schema of every collection', () => {
    for (const collection of collections) {
      const entry = entryFrom(fieldsOf(collection.name), ids);
      expect(issues(collection.schema, entry), collection.name).toEqual([]);
    }
  });

  it('fails the schema when one value breaks a rule the editor checks', () => {
    const wrong: [string, string[], unknown][] = [
      ['campaigns', ['audiences'], ['parents']],
      ['campaigns', ['topic'], 'burglary'],
      ['campaigns', ['published'], '2026-02-30'],
      ['campaigns', ['hashtags'], ['Safer Norfolk']],
      ['campaigns', ['primaryLines'], ['a', 'b', 'c']],
      ['services', ['website'], 'http://www.example.org/'],
      ['services', ['onlineForm'], { url: 'https://www.example.org/', label: 'Report it' }],
      ['services', ['phones'], [{ number: '0808 2000' }]],
      ['services', ['sources'], []],
      ['districts', ['asbPage'], 'https://www.example.org/'],
      ['districts', ['district'], 'ipswich'],
      ['resources', ['keyStages'], ['ks9']],
      ['resources', ['durationMinutes'], 0],
      ['priorities', ['paragraph'], 'two'],
      ['news', ['summary'], ' '],
    ];
    for (const [name, [key], value] of wrong) {
      const collection = collections.find((candidate) => candidate.name === name)!;
      const entry = { ...entryFrom(fieldsOf(name), ids), [key!]: value };
      expect(issues(collection.schema, entry).length, `${name}.${key} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
    }
  });

  it('and the editor refuses those values too: not among the choices, or not matching the pattern', () => {
    expect(field('campaigns', 'audiences').options?.map((option) => option.value)).not.toContain('parents');
    expect(new RegExp(field('campaigns', 'published').pattern![0]).test('2026-02-30')).toBe(false);
    expect(new RegExp(field('services', 'website').pattern![0]).test('http://www.example.org/')).toBe(false);
    expect(new RegExp(field('services', 'onlineForm', 'url').pattern![0]).test('https://www.example.org/')).toBe(false);
    expect(new RegExp(field('services', 'phones', 'number').pattern![0]).test('0808 2000')).toBe(false);
    expect(new RegExp(field('districts', 'asbPage').pattern![0]).test('https://www.example.org/')).toBe(false);
    expect(new RegExp(field('priorities', 'paragraph').pattern![0]).test('two')).toBe(false);
    expect(new RegExp(field('news', 'summary').pattern![0]).test(' ')).toBe(false);
    expect(field('campaigns', 'primaryLines').max).toBe(2);
  });
});

describe('the page text of an MDX entry', () => {
  const pattern = () => new RegExp(field('campaigns', 'body').pattern![0]);

  it('accepts every body in content/ and what "Writing content" allows', () => {
    const bodies = readdirSync('content', { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => readFileSync(`content/${file}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
    expect(bodies.length).toBeGreaterThan(40);
    for (const body of bodies) expect(pattern().test(body)).toBe(true);
    for (const text of ['a <abbr title="x">ASB</abbr> b', "{'{'}", '{/* note */}', 'x <br /> y', '**bold** [a page](/services/)']) {
      expect(pattern().test(text), text).toBe(true);
    }
  });

  it('refuses code, other elements and script links, as the build does', () => {
    for (const text of ['<script>x</script>', '<div>x</div>', 'import X from "y"', '{process.env.HOME}', '{1 + 1}', '[x](javascript:alert(1))', '<meta http-equiv="refresh">']) {
      expect(pattern().test(text), text).toBe(false);
    }
  });
});

describe('reading doc comments', () => {
  it('takes the comment above each field, and none where two objects with the same fields disagree', () => {
    const comments = readFieldComments([
      { path: 'a.ts', text: 'f({\n  /** The title. */\n  title: x,\n  /**\n   * Its `address`,\n   * on two lines.\n   */\n  url: y,\n});' },
      { path: 'b.ts', text: 'f({\n  /** Another title. */\n  title: x,\n  /** Its address, on two lines. */\n  url: y,\n});' },
    ]);
    expect(comments.get('title,url')?.get('url')).toBe('Its address, on two lines.');
    expect(comments.get('title,url')?.get('title')).toBeUndefined();
  });
});

describe('the editor page and its policy', () => {
  it("public/_headers allows exactly the styles of the installed Sveltia CMS, and no 'unsafe-inline' or 'unsafe-eval'", async () => {
    const { readFile } = await import('node:fs/promises');
    const headers = await readFile('public/_headers', 'utf8');
    const policy = adminPolicy(headers)!;
    const { policySources } = await editorBundle();
    for (const source of policySources) expect(policy).toContain(source.split(' ')[1]);
    expect(policy.match(/'sha256-/g)).toHaveLength(policySources.length);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toContain('connect-src \'self\' data: https://api.github.com');
    // The public pages' own policy is untouched: nothing from GitHub, no hashes.
    const sitePolicy = /^\/\*\n\s+Content-Security-Policy:\s*(.+)$/m.exec(headers)![1]!;
    expect(sitePolicy).not.toMatch(/github|sha256|unsafe-hashes/);
  });

  it('gives the page the same policy in a <meta>, less frame-ancestors, and keeps it out of search engines', () => {
    const html = adminPage("default-src 'self'; frame-ancestors 'none'; img-src 'self'", 'p{}', ['svelte-abc']);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self'">`);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<template id="svelte-abc"></template>');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
  });
});
