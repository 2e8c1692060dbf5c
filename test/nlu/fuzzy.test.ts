import { allowedMistakes, closeEnough, lookup, dictionary, soundKey } from '../../src/nlu/fuzzy';

describe('the typo rule', () => {
  it('lets words of three letters or fewer count only when exact', () => {
    expect([1, 2, 3].map(allowedMistakes)).toEqual([0, 0, 0]);
    expect(closeEnough('nee', 'ne')).toBeUndefined();
    expect(closeEnough('jaa', 'ja')).toBeUndefined();
  });

  it('allows one mistake up to five letters, two up to nine, three beyond', () => {
    expect([4, 5, 6, 9, 10].map(allowedMistakes)).toEqual([1, 1, 2, 2, 3]);
    expect(closeEnough('leze', 'lezen')).toBe(1);
    expect(closeEnough('dondredag', 'donderdag')).toBe(2);
  });

  it('takes the shorter word for the limit, so a long known word does not pull in a short one', () => {
    expect(closeEnough('wek', 'werk')).toBeUndefined();
  });

  it('never corrects an ordinary Dutch word into the word we listen for', () => {
    expect(closeEnough('vandaag', 'maandag')).toBeUndefined();
    expect(closeEnough('leren', 'lezen')).toBeUndefined();
    expect(closeEnough('echt', 'acht')).toBeUndefined();
  });

  it('hears ch and g, c and k alike, with one mistake less than on letters', () => {
    expect(soundKey('dinsdach')).toBe(soundKey('dinsdag'));
    expect(closeEnough('oggend', 'ochtend')).toBeDefined();
    expect(closeEnough('komputer', 'computer')).toBe(1);
    expect(closeEnough('middag', 'maandag')).toBeUndefined();
  });

  it('gives no answer when the nearest known words disagree', () => {
    const words = dictionary({ a: ['dinsdag'], b: ['donsdag'] });
    expect(lookup('dansdag', words)).toBeUndefined();
    expect(lookup('dinsdag', words)).toBe('a');
  });
});
