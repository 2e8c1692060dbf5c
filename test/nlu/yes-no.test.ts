import { understandYesNo } from '../../src/nlu/yes-no';

describe('understandYesNo', () => {
  it('never reads nee as ja, however it is typed', () => {
    for (const no of ['nee', 'ne', 'neee', 'neej', 'nee hoor', 'nee hor']) expect(understandYesNo(no)).toBe('no');
  });

  it('reads "weet ik niet" as not sure, not as no', () => {
    expect(understandYesNo('weet ik niet')).toBe('unsure');
    expect(understandYesNo('weet ik eigenlijk niet')).toBe('unsure');
  });

  it('lets a "niet" anywhere turn a yes word into a no', () => {
    expect(understandYesNo('klopt niet')).toBe('no');
    expect(understandYesNo('dat is niet goed')).toBe('no');
  });

  it('knows the negative-looking ways to say yes', () => {
    expect(understandYesNo('waarom niet')).toBe('yes');
    expect(understandYesNo('geen probleem')).toBe('yes');
    expect(understandYesNo('liever wel')).toBe('yes');
  });

  it('gives no answer when a yes word sits inside another answer', () => {
    expect(understandYesNo('ik wil graag lezen')).toBeUndefined();
    expect(understandYesNo('Janneke')).toBeUndefined();
  });
});
