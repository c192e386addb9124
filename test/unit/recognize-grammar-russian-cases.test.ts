/**
 * Russian and Ukrainian pages name people in every grammatical case after a title ("переговоры с
 * Министром иностранных дел Турции Хаканом Фиданом", "Сергеем Лавровым", "Сергея Лаврова"): the
 * case endings are read back to the nominative, which is matched like a Latin spelling.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';
import { cyrillicNameReadings, latinOfCyrillic } from '../../lib/recognize/transliteration';
import { grammarKb } from './recognize-grammar-fixtures';

const grammar = createRecognizer(grammarKb());
const shipped = createRecognizer(recognitionKb());
const officials = (recognizer: typeof grammar, text: string, date: string) =>
  recognizer
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => [e.id, e.surfaces.join('|')]);

describe('case forms after a title', () => {
  it.each([
    ['Беседа с Министром иностранных дел России Сергеем Лавровым.', 'Сергеем Лавровым'],
    ['По приглашению Министра иностранных дел России Сергея Лаврова.', 'Сергея Лаврова'],
    ['Письмо Министру иностранных дел России Сергею Лаврову.', 'Сергею Лаврову'],
    ['Министр иностранных дел России Сергей Лавров заявил.', 'Сергей Лавров'],
  ])('%s → Sergey Lavrov', (text, surface) => {
    expect(officials(grammar, text, '2020-03-01')).toEqual([['sergey-lavrov', surface]]);
  });

  it('a person the KB writes only in Latin letters: Хаканом Фиданом → Hakan Fidan', () => {
    expect(
      officials(
        shipped,
        'Состоялись переговоры с Министром иностранных дел Турции Хаканом Фиданом.',
        '2024-05-01',
      ),
    ).toEqual([['hakan-fidan', 'Хаканом Фиданом']]);
    expect(
      officials(
        shipped,
        'Переговоры с Министром иностранных дел Турецкой Республики Хаканом Фиданом.',
        '2024-05-01',
      ),
    ).toEqual([['hakan-fidan', 'Хаканом Фиданом']]);
  });

  it('Ukrainian forms: Президентом України Петром Порошенком', () => {
    expect(officials(grammar, 'Зустріч із Президентом України Петром Порошенком.', '2016-03-01')).toEqual([
      ['petro-poroshenko', 'Петром Порошенком'],
    ]);
  });
});

describe('negative: no fold to the wrong person', () => {
  it('another given name, or another family name, is someone else', () => {
    expect(
      officials(grammar, 'Переговоры с Министром иностранных дел Иваном Лавровым.', '2020-03-01'),
    ).toEqual([[null, 'Иваном Лавровым']]);
    expect(
      officials(grammar, 'Переговоры с Министром иностранных дел Сергеем Рябковым.', '2020-03-01'),
    ).toEqual([[null, 'Сергеем Рябковым']]);
  });

  it('past a state’s long name, only a KB person is taken (the cut is uncertain)', () => {
    expect(
      officials(grammar, 'с Министром иностранных дел Датской Республики Ларсом Хансеном', '2016-05-01'),
    ).toEqual([]);
  });

  it('a title with no name after it names no one', () => {
    expect(
      officials(grammar, 'Министр иностранных дел заявил, что переговоры продолжатся.', '2020-03-01'),
    ).toEqual([]);
    expect(
      officials(
        grammar,
        'Министром иностранных дел Российской Федерации было сделано заявление.',
        '2020-03-01',
      ),
    ).toEqual([]);
  });
});

describe('the readings', () => {
  it('reads case endings back to nominatives and spells them in Latin', () => {
    expect(cyrillicNameReadings('Сергеем Лавровым')).toContain('Sergey Lavrov');
    expect(cyrillicNameReadings('Зеленского')).toContain('Zelenskiy');
    expect(cyrillicNameReadings('Марии Захаровой')).toContain('Mariya Zakharova');
    expect(cyrillicNameReadings('Дмитром Кулебою')).toContain('Dmitro Kuleba');
    expect(latinOfCyrillic('Хакан Фидан')).toBe('Khakan Fidan');
  });
});
