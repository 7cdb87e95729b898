import { describe, expect, it } from 'vitest';
import { composeFacts } from './facts';
import { extractHashtags, extractMentions } from './tags';

const names = (tags: Array<{ name: string }>) => tags.map((tag) => tag.name);

describe('extractHashtags', () => {
  it('finds hashtags with accented letters and digits, with positions', () => {
    const text = 'Fiers de #Lyon2026 et de l’#Événement ! #Équipe_Acme';
    const tags = extractHashtags(text);
    expect(names(tags)).toEqual(['Lyon2026', 'Événement', 'Équipe_Acme']);
    expect(text.slice(tags[0]?.start, tags[0]?.end)).toBe('#Lyon2026');
  });

  it('ignores digits-only tags, C#, HTML entities, URL fragments and "##"', () => {
    const text = 'Top #1 in C# &#39; see https://acme.com/page#section and https://acme.com/#/x ##double';
    expect(names(extractHashtags(text))).toEqual([]);
  });
});

describe('extractMentions', () => {
  it('finds @mentions but not e-mail addresses or URL handles', () => {
    const text = 'Merci @Acme_Cloud et @Jean-Marc. Écrivez à rh@acme.com ou https://medium.com/@acme';
    expect(names(extractMentions(text))).toEqual(['Acme_Cloud', 'Jean-Marc']);
  });
});

describe('composeFacts', () => {
  it('counts characters against 3,000 and tags', () => {
    const facts = composeFacts('Hello #Team @Acme');
    expect(facts).toMatchObject({ length: 17, maxLength: 3000, remaining: 2983 });
    expect(facts.hashtags).toHaveLength(1);
    expect(facts.mentions).toHaveLength(1);
    expect(composeFacts('x'.repeat(3001)).remaining).toBe(-1);
  });

  it('counts an emoji as two characters, like the composer', () => {
    expect(composeFacts('🚀').length).toBe(2);
  });
});
