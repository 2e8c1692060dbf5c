import { understandNumber } from '../../src/nlu/numbers';

describe('understandNumber', () => {
  it('reads tens written apart or together', () => {
    expect(understandNumber('twee en twintig')).toBe(22);
    expect(understandNumber('tweeëntwintig')).toBe(22);
    expect(understandNumber('vijfentwintig')).toBe(25);
  });

  it('reads "een paar" as 2', () => {
    expect(understandNumber('een paar keer')).toBe(2);
  });

  it('counts "een" only as a count, never as the article', () => {
    expect(understandNumber('één')).toBe(1);
    expect(understandNumber('een keer per week')).toBe(1);
    expect(understandNumber('een stuk of drie')).toBe(3);
    expect(understandNumber('ik heb een vraag')).toBeUndefined();
  });

  it('reads misspelled number words but not ordinary words that look like one', () => {
    expect(understandNumber('fijf')).toBe(5);
    expect(understandNumber('twintich')).toBe(20);
    expect(understandNumber('echt')).toBeUndefined();
  });
});
