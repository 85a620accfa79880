import { describe, expect, it } from 'vitest';
import { lineOfField, readablePath, rewriteSchemaError, schemaIssues, yamlSyntaxProblem } from '../../src/loaders/readable-errors';
import { caseClashes } from '../../src/loaders/strict-glob';

/** A named example: Astro's message for a service with two problems. */
const astroMessage = [
  '**services → galop** data does not match collection schema.',
  '  **phones.0.number**: "0808" is not a valid UK phone number',
  '  ****: unknown field "webiste": did you mean "website"? Known fields: title, website',
].join('\n');
const galopText = ['title: Galop', 'phones:', '  - number: "0808"', 'webiste: https://galop.org.uk'].join('\n');

describe('content errors an editor can act on', () => {
  it('reads the field paths and messages out of Astro schema errors', () => {
    expect(schemaIssues(astroMessage)).toEqual([
      { field: 'phones[0].number', message: '"0808" is not a valid UK phone number' },
      { field: '', message: 'unknown field "webiste": did you mean "website"? Known fields: title, website' },
    ]);
    expect(readablePath('sources.1.confirms')).toBe('sources[1].confirms');
  });

  it('names the file, the field and its line for every problem at once', () => {
    const error = rewriteSchemaError(new Error(astroMessage), 'content/services/galop.yaml', galopText);
    expect((error as Error).message.split('\n')).toEqual([
      'content/services/galop.yaml, field "phones[0].number" (line 3): "0808" is not a valid UK phone number',
      'content/services/galop.yaml, field "webiste" (line 4): unknown field "webiste": did you mean "website"? Known fields: title, website',
    ]);
  });

  it('finds a field inside a list entry after the line the entry starts on', () => {
    const list = ['- id: one', '  title: One', '- id: two', '  title: Two'].join('\n');
    expect(lineOfField(list, 'title', 3)).toBe(4);
  });

  it('points at the line where an unclosed quote opens, not where the file ends', () => {
    const text = ['title: A service', 'summary: "Never closed', 'purposes: [support]', 'coverage: national'].join('\n');
    expect(yamlSyntaxProblem('content/services/x.yaml', text)).toEqual({
      file: 'content/services/x.yaml',
      line: 2,
      message: 'the file cannot be read: a double quote is opened and never closed. Check the quotes and indentation on that line.',
    });
    const frontmatter = ['---', 'title: Fine', "summary: 'Never closed", '---', 'Body'].join('\n');
    expect(yamlSyntaxProblem('content/news/x.mdx', frontmatter)?.line).toBe(3);
    expect(yamlSyntaxProblem('content/news/y.mdx', '---\ntitle: Fine\n---\nBody')).toBeUndefined();
  });

  it('finds files whose names differ only in case, campaign folders included', () => {
    expect(caseClashes(['content/services/leeway.yaml', 'content/services/Leeway.yaml', 'content/services/galop.yaml'])).toEqual([
      ['content/services/Leeway.yaml', 'content/services/leeway.yaml'],
    ]);
    expect(caseClashes(['content/campaigns/Fraud/index.mdx', 'content/campaigns/fraud/index.mdx'])).toHaveLength(1);
    expect(caseClashes(['content/campaigns/fraud/index.mdx', 'content/campaigns/prevent/index.mdx'])).toEqual([]);
  });
});
