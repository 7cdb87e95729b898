import { describe, expect, it } from 'vitest';
import { campaignSchema, feedItemSchema, itemExtensionSchema } from '../feed/schema';
import { getIn, setIn, type JsonObject } from './document';
import { booleanCodec, codecOf, dateCodec, ITEM_FIELDS, linesCodec, textCodec } from './fields';

/** Keys of a zod object schema, through refinements. */
const keysOf = (schema: unknown): string[] => {
  const def = (schema as { _zod: { def: { shape?: Record<string, unknown>; in?: unknown } } })._zod.def;
  return Object.keys(def.shape ?? {});
};

const fieldPaths = ITEM_FIELDS.map((field) => field.path.join('.'));

/** A value the editor could produce for each field, valid for the schema. */
const FORM_SAMPLES: Record<string, string | boolean> = {
  id: 'solar-launch',
  title: 'Solar launch',
  content_text: 'Our plant opens.\nCome and see it.',
  summary: 'The plant opens',
  url: 'https://example.com/solar',
  image: 'https://example.com/solar.jpg',
  language: 'fr',
  channel: 'corporate',
  category: 'product',
  angles: 'I worked on it\nWhat it means for the town',
  prompts: 'What did you do?',
  hashtags: '#Solar\nEnergie',
  mentions: '@Lumen',
  linkedin_post: 'https://www.linkedin.com/feed/update/urn:li:activity:7401234567890123456/',
  pinned: true,
  not_before: '2027-03-01T09:00:00',
  expires_at: '2027-04-01T09:00:00',
  campaign_name: 'Spring',
  campaign_start: '2027-03-01T09:00:00',
  campaign_end: '2027-03-31T18:30:00',
  content_html: '<p>Our plant opens.</p>',
  external_url: 'https://example.org/press',
  banner_image: 'https://example.com/banner.jpg',
  date_published: '2027-02-20T08:00:00',
  date_modified: '2027-02-21T08:00:00',
  tags: 'solar\nnews',
};

describe('item editor fields', () => {
  it('cover every field of the item format, and only those', () => {
    const expected = [
      ...keysOf(feedItemSchema).filter((key) => key !== '_relais'),
      ...keysOf(itemExtensionSchema)
        .filter((key) => key !== 'campaign')
        .map((key) => `_relais.${key}`),
      ...keysOf(campaignSchema).map((key) => `_relais.campaign.${key}`),
    ];
    expect([...fieldPaths].sort()).toEqual([...expected].sort());
  });

  it('have a sample each (so the next test checks them all)', () => {
    expect(Object.keys(FORM_SAMPLES).sort()).toEqual(ITEM_FIELDS.map((field) => field.name).sort());
  });

  it.each(ITEM_FIELDS.map((field) => [field.name, field] as const))(
    '%s: the editor value goes into the schema and comes back unchanged',
    (name, field) => {
      const codec = codecOf(field.kind) as { toForm(v: unknown): unknown; fromForm(f: unknown): unknown };
      const form = FORM_SAMPLES[name]!;
      const base: JsonObject = { id: 'base', content_text: 'Base text' };
      let item = setIn(base, field.path, codec.fromForm(form) as JsonObject[string]);
      // The campaign window needs both ends; fill the other one when testing one.
      if (field.path[1] === 'campaign') {
        for (const other of ['start', 'end'] as const) {
          if (getIn(item, ['_relais', 'campaign', other]) === undefined)
            item = setIn(
              item,
              ['_relais', 'campaign', other],
              other === 'start' ? '2027-01-01T00:00:00Z' : '2028-01-01T00:00:00Z',
            );
        }
      }
      const parsed = feedItemSchema.safeParse(item);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const stored = getIn(parsed.data as JsonObject, field.path);
      expect(stored).toEqual(codec.fromForm(form));
      expect(codec.toForm(stored as JsonObject[string])).toEqual(form);
    },
  );

  it('an emptied field removes its key instead of exporting an empty value', () => {
    expect(textCodec.fromForm('  ')).toBeUndefined();
    expect(linesCodec.fromForm('\n \n')).toBeUndefined();
    expect(dateCodec.fromForm('')).toBeUndefined();
    expect(booleanCodec.fromForm(false)).toBeUndefined();
    const item = setIn({ id: 'a', _relais: { campaign: { name: 'x' } } }, ['_relais', 'campaign', 'name'], undefined);
    expect(item).toEqual({ id: 'a' });
  });
});
