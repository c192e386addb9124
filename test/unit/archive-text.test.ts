import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/archive/tokenize';
import { layoutTimeline } from '../../lib/archive/timeline-layout';

describe('archive tokenizer', () => {
  it('splits Latin text into folded words and CJK runs into character bigrams', () => {
    expect(tokenize('Wang Yi met ＲＣＥＰ partners')).toEqual(['wang', 'yi', 'met', 'rcep', 'partners']);
    expect(tokenize('王毅会见')).toEqual(['王毅', '毅会', '会见']);
    expect(tokenize('조태열 장관')).toEqual(['조태', '태열', '장관']);
    expect(tokenize('上川外務大臣')).toEqual(['上川', '川外', '外務', '務大', '大臣']);
  });

  it('keeps a lone CJK character and splits at script changes', () => {
    expect(tokenize('中 and 日本RCEP')).toEqual(['中', 'and', '日本', 'rcep']);
  });
});

describe('timeline layout', () => {
  const entry = (date: string, id = date) => ({ id, date, title: id, url: `https://x.example/${id}` });

  it('places meetings in date order along the axis, with a tick per year', () => {
    const layout = layoutTimeline([entry('2020-01-15'), entry('2021-07-01'), entry('2022-12-20')], 640);
    const xs = layout.dots.map((d) => d.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.ticks.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023']);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(layout.ticks[0]!.x);
    expect(Math.max(...xs)).toBeLessThanOrEqual(layout.ticks.at(-1)!.x);
  });

  it('stacks meetings of the same month instead of drawing them on top of each other', () => {
    const layout = layoutTimeline([
      entry('2020-03-01', 'a'),
      entry('2020-03-20', 'b'),
      entry('2020-09-01', 'c'),
    ]);
    const [a, b, c] = layout.dots;
    expect(a!.y).not.toBe(b!.y);
    expect(c!.y).toBe(a!.y);
  });

  it('draws nothing for no meetings', () => {
    expect(layoutTimeline([]).dots).toEqual([]);
  });
});
