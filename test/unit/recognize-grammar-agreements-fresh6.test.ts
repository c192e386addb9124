/**
 * Agreements from the ninth session's set: a meeting named after an agreement is not the
 * agreement (the agreement inside is), an en dash inside a name, Chinese party-named agreements
 * after a verb, and strategies named by their region.
 */
import { describe, expect, it } from 'vitest';
import { findAgreementPhrases } from '../../lib/recognize/agreements';

const names = (text: string) => findAgreementPhrases(text).map((f) => f.name);

describe('a meeting named after an agreement', () => {
  it('the phrase starts after the meeting’s last "of the"', () => {
    expect(
      names(
        'She attended the 3rd Ministerial Meeting of the Parties and Signatories of the Framework Agreement for Peace and Security in the Lake Region.',
      ),
    ).toEqual(['Framework Agreement for Peace and Security in the Lake Region']);
    expect(names('the Annual Summit of the Coastal Partnership Initiative was held')).toEqual([
      'Coastal Partnership Initiative',
    ]);
  });

  it('an en dash inside a word keeps the name whole', () => {
    expect(names('the Gulf Initiative for Multi–Sectoral, Technical and Economic Cooperation met')).toEqual([
      'Gulf Initiative for Multi–Sectoral, Technical and Economic Cooperation',
    ]);
  });

  it('negative: a meeting with no instrument after it, and a name with "of" inside', () => {
    expect(names('the 18th Ministerial Meeting was held in Colombo')).toEqual([]);
    expect(names('the Treaty of Amity and Cooperation was signed')).toEqual([
      'Treaty of Amity and Cooperation',
    ]);
    expect(names('the Meeting of Foreign Policy advisers')).toEqual([]);
  });
});

describe('Chinese names of agreements and strategies', () => {
  it('a party-named agreement after a verb, a region-named strategy after 的', () => {
    expect(names('双方应加快中美投资协定谈判进程。')).toEqual(['中美投资协定']);
    expect(names('美国的亚太再平衡战略从不针对中国。')).toEqual(['亚太再平衡战略']);
  });

  it('negative: parties inside another word, a dialogue named by its region', () => {
    expect(names('集中美国的力量签署条约。')).toEqual([]);
    expect(names('亚太战略对话在北京举行。')).toEqual([]);
  });
});
