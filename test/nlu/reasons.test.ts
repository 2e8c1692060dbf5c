import { understandReasons } from '../../src/nlu/reasons';

describe('understandReasons', () => {
  it('reads "voor me werk" as the button "Voor mijn werk"', () => {
    expect(understandReasons('voor me werk')).toEqual({ reasons: ['work'] });
  });

  it('keeps the worker words when they say more than a button', () => {
    expect(understandReasons('mijn baas wil het')).toEqual({ reasons: ['work'], ownWords: 'mijn baas wil het' });
  });

  it('gives more than one reason in the order of the buttons', () => {
    expect(understandReasons('voor mezelf en mijn werk')).toEqual({ reasons: ['work', 'self'] });
  });
});
