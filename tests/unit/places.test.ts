/**
 * The place finder's matching rules, on a small made-up list (the postcode rows are fixtures, not
 * real coverage), and the real place list's shape.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { districtsOf, findPlace, fromRows, normalise, postcodeDistrict, toRows, type Place } from '../../src/lib/places';
import { districts } from '../../src/lib/taxonomy';

const place = (id: string, name: string, kind: Place['kind'], inDistricts: string[], aliases: string[] = []): Place => ({
  id,
  name,
  kind,
  confirmed: true,
  aliases,
  districts: inDistricts,
});

const fixture: Place[] = [
  place('wymondham', 'Wymondham', 'town', ['south-norfolk']),
  place('kings-lynn', "King's Lynn", 'town', ['kings-lynn-and-west-norfolk'], ['Lynn']),
  place('thorpe-st-andrew', 'Thorpe St Andrew', 'town', ['broadland']),
  place('caister-on-sea', 'Caister-on-Sea', 'village', ['great-yarmouth'], ['Caister']),
  place('holt', 'Holt', 'town', ['north-norfolk']),
  place('hoe', 'Hoe', 'village', ['breckland']),
  place('xx1', 'XX1', 'postcode', ['south-norfolk']),
  place('xx2', 'XX2', 'postcode', ['broadland', 'south-norfolk']),
];

describe('normalise', () => {
  it.each([
    ["King's Lynn", 'kings lynn'],
    ['  KINGS   LYNN ', 'kings lynn'],
    ['King’s Lynn', 'kings lynn'],
    ['Thorpe Saint Andrew', 'thorpe st andrew'],
    ['Thorpe St. Andrew', 'thorpe st andrew'],
    ['Caister on Sea', 'caister on sea'],
    ['caister-on-sea', 'caister on sea'],
    ['Roudham & Larling', 'roudham and larling'],
  ])('%j becomes %j', (typed, expected) => {
    expect(normalise(typed)).toBe(expected);
  });
});

describe('postcodeDistrict', () => {
  it.each([
    ['nr18 1ab', 'NR18'],
    ['NR181AB', 'NR18'],
    ['nr18', 'NR18'],
    [' pe31 8xx ', 'PE31'],
    ['IP22', 'IP22'],
    ['CB1 2AB', 'CB1'],
    ['Wymondham', undefined],
    ['Holt', undefined],
  ])('%j gives %j', (typed, expected) => {
    expect(postcodeDistrict(typed)).toBe(expected);
  });
});

describe('findPlace', () => {
  const cases: [string, string, FindExpectation][] = [
    ['a town', 'Wymondham', { status: 'exact', ids: ['wymondham'], districts: ['south-norfolk'] }],
    ['a village', 'hoe', { status: 'exact', ids: ['hoe'], districts: ['breckland'] }],
    ['an apostrophe left out', 'Kings Lynn', { status: 'exact', ids: ['kings-lynn'], districts: ['kings-lynn-and-west-norfolk'] }],
    ['Saint for St', 'Thorpe Saint Andrew', { status: 'exact', ids: ['thorpe-st-andrew'], districts: ['broadland'] }],
    ['spaces for hyphens', 'Caister on Sea', { status: 'exact', ids: ['caister-on-sea'], districts: ['great-yarmouth'] }],
    ['another name', 'Caister', { status: 'exact', ids: ['caister-on-sea'], districts: ['great-yarmouth'] }],
    ['a postcode district', 'xx1', { status: 'exact', ids: ['xx1'], districts: ['south-norfolk'] }],
    ['a full postcode', 'XX1 4AB', { status: 'exact', ids: ['xx1'], districts: ['south-norfolk'] }],
    ['a postcode over two councils', 'xx2 9zz', { status: 'exact', ids: ['xx2'], districts: ['broadland', 'south-norfolk'] }],
    ['one typo in a longer name', 'Wymondam', { status: 'near', ids: ['wymondham'], districts: ['south-norfolk'] }],
    ['two typos in a long name', 'Kings Lin', { status: 'near', ids: ['kings-lynn'], districts: ['kings-lynn-and-west-norfolk'] }],
    ['no typo allowed in a short name', 'Holy', { status: 'none', ids: [], districts: [] }],
    ['an unknown place', 'Atlantis', { status: 'none', ids: [], districts: [] }],
    ['a postcode with no entry', 'NR99 1AA', { status: 'none', ids: [], districts: [] }],
    ['nothing typed', '   ', { status: 'empty', ids: [], districts: [] }],
  ];

  it.each(cases)('%s: %j', (_case, typed, expected) => {
    const found = findPlace(typed, fixture);
    expect(found.status).toBe(expected.status);
    expect(found.places.map((match) => match.id)).toEqual(expected.ids);
    expect(districtsOf(found.places)).toEqual(expected.districts);
  });

  it('says which postcode it read, so "not found" can name it', () => {
    expect(findPlace('NR99 1AA', fixture).postcode).toBe('NR99');
  });
});

interface FindExpectation {
  status: 'exact' | 'near' | 'none' | 'empty';
  ids: string[];
  districts: string[];
}

describe('the compact rows the browser downloads', () => {
  it('round-trip without losing anything', () => {
    expect(fromRows(toRows(fixture))).toEqual(fixture);
  });
});

describe('content/places.yaml', () => {
  const entries = parse(readFileSync('content/places.yaml', 'utf8')) as { id: string; name: string; districts: string[]; source: { url: string; primary: boolean } }[];
  const slugs = districts.map((district) => district.slug as string);

  it('lists at least 150 places, in every one of the seven districts', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(entries.flatMap((entry) => entry.districts))).toEqual(new Set(slugs));
  });

  it('gives every place a source with an https address', () => {
    for (const entry of entries) expect(entry.source.url, entry.id).toMatch(/^https:\/\//);
  });

  it('has no two places that answer to the same name', () => {
    const names = entries.map((entry) => normalise(entry.name));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('finds Wymondham in South Norfolk', () => {
    const found = findPlace('wymondham', entries.map((entry) => place(entry.id, entry.name, 'town', entry.districts)));
    expect(districtsOf(found.places)).toEqual(['south-norfolk']);
  });
});
