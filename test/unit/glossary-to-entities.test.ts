import { describe, expect, it } from 'vitest';
import { glossaryToEntities } from '../../lib/glossary/to-entities';
import { glossaryIdFor, type GlossaryEntry } from '../../lib/glossary/schema';
import { createRecognizer } from '../../lib/recognize';
import { testKb } from './recognize-fixtures';

const entry = (name: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id: glossaryIdFor(name),
  kind: 'agreement',
  name,
  aliases: [],
  note: '',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  ...extra,
});

describe('glossary in recognition', () => {
  it('turns entries without a KB id into entities, and collects annotations of KB entities', () => {
    const { entities, annotations } = glossaryToEntities([
      entry('Harbor Cooperation Memo', { aliases: ['HCM'] }),
      entry('Wang Yi', { kind: 'official', kbId: 'wang-yi', aliases: ['FM Wang'], note: 'Met him in 2019' }),
    ]);
    expect(entities).toEqual([
      expect.objectContaining({
        key: 'glossary:harbor-cooperation-memo',
        id: null,
        fromGlossary: true,
        aliases: ['HCM'],
      }),
    ]);
    expect(annotations.get('wang-yi')).toEqual({ aliases: ['Wang Yi', 'FM Wang'], note: 'Met him in 2019' });
  });

  it('recognizes glossary entities on the next page and adds aliases and notes to KB entities', () => {
    const recognizer = createRecognizer(testKb(), [
      entry('Harbor Cooperation Memo', { aliases: ['HCM'], note: 'signed in Busan' }),
      entry('Wang Yi', { kind: 'official', kbId: 'wang-yi', aliases: ['FM Wang'], note: 'Met him in 2019' }),
    ]);
    const { entities } = recognizer.recognize('FM Wang praised the Harbor Cooperation Memo (HCM).', {
      date: '2021-05-01',
    });
    expect(entities.find((e) => e.key === 'wang-yi')).toMatchObject({
      id: 'wang-yi',
      surfaces: ['FM Wang'],
      note: 'Met him in 2019',
    });
    expect(entities.find((e) => e.key === 'glossary:harbor-cooperation-memo')).toMatchObject({
      fromGlossary: true,
      mentions: 2,
      note: 'signed in Busan',
    });
  });
});
