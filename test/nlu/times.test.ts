import { clockTimesIn, understandTime } from '../../src/nlu/times';

const at = (text: string) => {
  const time = understandTime(text);
  return time && `${time.hour}:${String(time.minute).padStart(2, '0')}`;
};

describe('understandTime', () => {
  it('reads "half 10" as half an hour before 10', () => {
    expect(at('half 10')).toBe('9:30');
    expect(at('tien over half 4')).toBe('15:40');
  });

  it('reads a spoken hour from 1 to 7 as afternoon or evening, unless the morning is named', () => {
    expect(at('kwart over 2')).toBe('14:15');
    expect(at('om 6 uur')).toBe('18:00');
    expect(at("'s ochtends om 7")).toBe('7:00');
  });

  it('reads "half een" as 12:30, not half past midnight', () => {
    expect(at('half een')).toBe('12:30');
  });

  it('takes written digits as they are', () => {
    expect(at('07:00')).toBe('7:00');
    expect(at('14.00')).toBe('14:00');
  });

  it('refuses times that do not exist', () => {
    expect(at('25:00')).toBeUndefined();
    expect(at('12.75')).toBeUndefined();
  });

});

describe('clockTimesIn', () => {
  const found = (text: string) => clockTimesIn(text).map((t) => `${t.hour}:${String(t.minute).padStart(2, '0')}`);

  it('finds every clock time in an answer, as said', () => {
    expect(found('dinsdag om 3 uur')).toEqual(['3:00']);
    expect(found('kwart voor 9')).toEqual(['8:45']);
    expect(found('tussen 2 en 4')).toEqual(['2:00', '4:00']);
    expect(found('na vieren')).toEqual(['4:00']);
    expect(found('donderdag vanaf 19.00')).toEqual(['19:00']);
  });

  it('takes a bare number for a time only after a word that makes it one', () => {
    expect(found('na 2')).toEqual(['2:00']);
    expect(found('2 keer per week')).toEqual([]);
    expect(found('nummer 2')).toEqual([]);
  });
});
