import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/lib/references';

describe('findReferences', () => {
  it('finds references at any depth with their field path', () => {
    const data = {
      title: 'Fraud',
      published: new Date(),
      report: [{ service: { collection: 'services', id: 'emergency-999' }, when: 'Now' }],
      support: [{ collection: 'services', id: 'action-fraud' }],
      campaign: { collection: 'campaigns', id: 'fraud-and-scams' },
    };
    expect(findReferences(data)).toEqual([
      { field: 'report[0].service', collection: 'services', id: 'emergency-999' },
      { field: 'support[0]', collection: 'services', id: 'action-fraud' },
      { field: 'campaign', collection: 'campaigns', id: 'fraud-and-scams' },
    ]);
  });

  it('ignores objects that only look a little like references', () => {
    expect(findReferences({ source: { title: 'Plan', url: 'https://example.org', id: 'x' } })).toEqual([]);
  });
});
