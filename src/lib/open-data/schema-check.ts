/**
 * A small JSON Schema checker for the keywords the Open Referral UK 3.0 schema files use: type,
 * format, enum, required, properties, items and $ref to a sibling file. Any other validating
 * keyword stops the check with an error, so a newer schema can never pass here by being half read.
 */

/** One schema, or one property of a schema, as the ORUK files write it. */
export interface JsonSchema {
  /** The JSON type the value must have. */
  type?: string;
  /** A named format a string must follow, e.g. uuid or uri. */
  format?: string;
  /** The only values allowed. */
  enum?: readonly unknown[];
  /** The properties an object must have. */
  required?: readonly string[];
  /** The schema of each named property of an object. */
  properties?: Readonly<Record<string, JsonSchema | null>>;
  /** The schema of each item of an array. */
  items?: JsonSchema;
  /** Another schema file this one refers to, by file name, e.g. "phone.json". */
  $ref?: string;
  /** Documentation and tabular-only keywords, which do not constrain JSON values. */
  [annotation: string]: unknown;
}

/** One way a value breaks the schema, with where it is, e.g. `$.contents[2].contacts[0].id`. */
export interface SchemaProblem {
  /** Where the value is, from the root `$`. */
  path: string;
  /** What is wrong, in words. */
  message: string;
}

const validating = new Set(['type', 'format', 'enum', 'required', 'properties', 'items', '$ref']);
/** Keywords that document a field or describe the CSV form of the standard; they never fail JSON. */
const annotations = new Set([
  'name',
  'title',
  'description',
  'example',
  'core',
  'constraints',
  'datapackage_metadata',
  'datapackage_type',
  'path',
  'tabular_required',
]);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const formats: Record<string, (text: string) => boolean> = {
  uuid: (text) => uuidPattern.test(text),
  uri: (text) => URL.canParse(text) && /^[a-z][a-z0-9+.-]*:/i.test(text),
  email: (text) => emailPattern.test(text),
  'date-time': (text) => dateTimePattern.test(text) && !Number.isNaN(Date.parse(text)),
};

function typeProblem(value: unknown, type: string): string | undefined {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const fits: Record<string, boolean> = {
    string: typeof value === 'string',
    number: typeof value === 'number' && Number.isFinite(value),
    integer: Number.isInteger(value),
    boolean: typeof value === 'boolean',
    object: isObject,
    array: Array.isArray(value),
    null: value === null,
  };
  if (!(type in fits)) throw new Error(`the checker does not know the type "${type}"`);
  return fits[type] ? undefined : `must be ${type === 'array' || type === 'object' ? 'an' : 'a'} ${type}, not ${describe(value)}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return JSON.stringify(value) ?? typeof value;
}

/**
 * Every way `value` breaks the schema file `schemaName` (e.g. "service.json"), looked up with the
 * other files it refers to in `schemas`. An empty list means it passes.
 */
export function checkAgainst(
  value: unknown,
  schemaName: string,
  schemas: ReadonlyMap<string, JsonSchema>,
  path = '$',
): SchemaProblem[] {
  const schema = schemas.get(schemaName);
  if (!schema) throw new Error(`no schema file "${schemaName}"`);
  return checkValue(value, schema, schemas, path);
}

function checkValue(value: unknown, schema: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>, path: string): SchemaProblem[] {
  for (const keyword of Object.keys(schema)) {
    if (!validating.has(keyword) && !annotations.has(keyword)) {
      throw new Error(`the checker does not support the keyword "${keyword}" (at ${path})`);
    }
  }
  const problems: SchemaProblem[] = [];
  if (schema.$ref !== undefined) problems.push(...checkAgainst(value, schema.$ref, schemas, path));
  if (schema.type !== undefined) {
    const problem = typeProblem(value, schema.type);
    // A value of the wrong type cannot be checked further without a cascade of confusing errors.
    if (problem) return [...problems, { path, message: problem }];
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    problems.push({ path, message: `must be one of ${schema.enum.map((item) => JSON.stringify(item)).join(', ')}` });
  }
  if (schema.format !== undefined && typeof value === 'string') {
    const test = formats[schema.format];
    if (!test) throw new Error(`the checker does not know the format "${schema.format}"`);
    if (!test(value)) problems.push({ path, message: `${JSON.stringify(value)} is not a valid ${schema.format}` });
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const field of schema.required ?? []) {
      if (!(field in record)) problems.push({ path, message: `must have "${field}"` });
    }
    for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
      // A profile removes a field by setting it to null: the field is then no longer checked.
      if (fieldSchema && field in record) problems.push(...checkValue(record[field], fieldSchema, schemas, `${path}.${field}`));
    }
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, index) => problems.push(...checkValue(item, items, schemas, `${path}[${index}]`)));
  }
  return problems;
}
