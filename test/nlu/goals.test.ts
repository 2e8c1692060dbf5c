import { understandGoals } from '../../src/nlu/goals';

describe('understandGoals', () => {
  it('maps own words to the choices and keeps the words', () => {
    expect(understandGoals('mijn loonstrook snappen')).toEqual({ goals: ['reading', 'numeracy'], ownWords: 'mijn loonstrook snappen' });
    expect(understandGoals('appen met mijn kleinkind')).toEqual({ goals: ['digital'], ownWords: 'appen met mijn kleinkind' });
    expect(understandGoals('beter praten op mijn werk')).toEqual({ goals: ['speaking'], ownWords: 'beter praten op mijn werk' });
  });

  it('keeps no own words for a button, however it is spelled', () => {
    expect(understandGoals('Computer en telefoon')).toEqual({ goals: ['digital'] });
    expect(understandGoals('leze en schrijve')).toEqual({ goals: ['reading', 'writing'] });
    expect(understandGoals('kompjoeter')).toEqual({ goals: ['digital'] });
  });

  it('does not read "leren" or "lezing" as lezen', () => {
    expect(understandGoals('leren')).toBeUndefined();
    expect(understandGoals('lezing')).toBeUndefined();
  });
});
