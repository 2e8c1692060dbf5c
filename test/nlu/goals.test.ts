import { goalsInOrder, understandGoals } from '../../src/nlu/goals';

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

  it('leaves out what the worker excludes: "geen rekenen", "alles behalve rekenen", "lezen niet"', () => {
    expect(understandGoals('lezen maar geen rekenen')?.goals).toEqual(['reading']);
    expect(understandGoals('alles behalve rekenen')?.goals).toEqual(['reading', 'writing', 'digital', 'speaking']);
    expect(understandGoals('alles mr geen rekenen')?.goals).toEqual(['reading', 'writing', 'digital', 'speaking']);
    expect(understandGoals('nee geen lezen, schrijven wel')?.goals).toEqual(['writing']);
    expect(understandGoals('lezen hoeft niet, wel rekenen')?.goals).toEqual(['numeracy']);
    expect(understandGoals('geen rekenen')).toBeUndefined();
  });

  it('reads "alles" as all five, but not in a question back', () => {
    expect(understandGoals('alles eigelijk')?.goals).toEqual(['reading', 'writing', 'numeracy', 'digital', 'speaking']);
    expect(understandGoals('wat kan ik allemaal leren?')).toBeUndefined();
  });

  it('reads a need as a goal: "ik kan niet goed lezen", "zonder fouten schrijven"', () => {
    expect(understandGoals('ik kan niet goed lezen')?.goals).toEqual(['reading']);
    expect(understandGoals('zonder fouten schrijven')?.goals).toEqual(['writing']);
    expect(understandGoals('beter leren lezen want ik snap de brieven niet')?.goals).toEqual(['reading']);
  });

  it('reads letters as reading unless they are written, and compounds by their first part', () => {
    expect(understandGoals('brieve van de belasting leze')?.goals).toEqual(['reading']);
    expect(understandGoals('een brief schrijven')?.goals).toEqual(['writing']);
    expect(understandGoals('formulieres invulle van de gemeente')?.goals).toEqual(['reading', 'writing']);
    expect(understandGoals('rekenles')?.goals).toEqual(['numeracy']);
    expect(understandGoals('computercursus')?.goals).toEqual(['digital']);
  });

  it('gives the goals in the order the worker named them, for tables that keep it', () => {
    expect(goalsInOrder('rekenen met geld en lezen')).toEqual(['numeracy', 'reading']);
  });
});
