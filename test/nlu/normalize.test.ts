import { clauses, normalize, words } from '../../src/nlu/normalize';

describe('normalize', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalize('Ja, dát klopt!')).toBe('ja dat klopt');
  });

  it("writes 's middags and s'middags the way many workers type it: smiddags", () => {
    expect(normalize("'s middags")).toBe('smiddags');
    expect(normalize("s'middags")).toBe('smiddags');
    expect(normalize('s middags')).toBe('smiddags');
  });

  it('turns a thumbs up into ja and a thumbs down into nee', () => {
    expect(normalize('👍')).toBe('ja');
    expect(normalize('👎')).toBe('nee');
  });

  it('keeps the signs between digits, so times, dates and numbers survive', () => {
    expect(words('om 14.00 op 12-03-2027, bel 06-12345678')).toEqual(['om', '14.00', 'op', '12-03-2027', 'bel', '06-12345678']);
  });

  it('cuts letters typed three times or more to two', () => {
    expect(normalize('jaaaa neeee')).toBe('jaa nee');
  });

  it('splits a message at commas and "maar", not inside a time', () => {
    expect(clauses('maandag, maar niet om 9.30')).toEqual(['maandag', 'niet om 9.30']);
  });
});
