import { understandMenu } from '../../src/nlu/menu';

describe('understandMenu', () => {
  it.each([
    ['mijn les', 'my-lesson'],
    ['Mijn les?', 'my-lesson'],
    ['mijn lse', 'my-lesson'],
    ['ik wil mijn les zien', 'my-lesson'],
    ['wanneer is mijn les', 'my-lesson'],
    ['mijn gegevens', 'my-data'],
    ['wat weet je van mij', 'my-data'],
    ['verwijder mijn gegevens', 'delete-my-data'],
    ['verwijder mijn gegevns', 'delete-my-data'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(understandMenu(text)).toBe(expected);
  });

  it.each(['lezen', 'mijn werk', 'ja', 'les', 'ik wil graag les in lezen en schrijven', ''])('leaves "%s" alone', (text) => {
    expect(understandMenu(text)).toBeUndefined();
  });
});
