import { understandDate } from '../../src/nlu/dates';

/** A Wednesday. */
const TODAY = '2027-03-03';

describe('understandDate', () => {
  it('reads numeric dates in Dutch order', () => {
    expect(understandDate('12-03-2027', TODAY)).toBe('2027-03-12');
    expect(understandDate('2027-03-12', TODAY)).toBe('2027-03-12');
  });

  it('puts a day and month that have passed in next year', () => {
    expect(understandDate('1-2', TODAY)).toBe('2028-02-01');
  });

  it('refuses dates that do not exist', () => {
    expect(understandDate('31-02-2027', TODAY)).toBeUndefined();
  });

  it('reads words for days from today', () => {
    expect(understandDate('morgenochtend', TODAY)).toBe('2027-03-04');
    expect(understandDate('overmorgen', TODAY)).toBe('2027-03-05');
    expect(understandDate('over twee weken', TODAY)).toBe('2027-03-17');
  });

  it('reads "volgende week" as its Monday, and a weekday in it', () => {
    expect(understandDate('volgende week', TODAY)).toBe('2027-03-08');
    expect(understandDate('woensdag volgende week', TODAY)).toBe('2027-03-10');
  });

  it('finds the next Monday that is the 3rd', () => {
    expect(understandDate('maandag de 3e', TODAY)).toBe('2027-05-03');
  });
});
