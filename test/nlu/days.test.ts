import { understandAvailability, understandDays } from '../../src/nlu/days';

const read = (text: string) => {
  const reading = understandAvailability(text);
  return reading && { days: reading.days, parts: reading.dayParts, any: reading.any };
};

describe('understandAvailability', () => {
  it('splits a day glued to a part of the day, also misspelled', () => {
    expect(read('dinsdagochtend')).toEqual({ days: ['tue'], parts: ['morning'], any: false });
    expect(read('dinsdach ochtent')).toEqual({ days: ['tue'], parts: ['morning'], any: false });
  });

  it('takes "behalve" and "niet" away from the rest of the week', () => {
    expect(read('elke dag behalve vrijdag')?.days).toEqual(['mon', 'tue', 'wed', 'thu', 'sat', 'sun']);
    expect(read('niet op vrijdag')?.days).toEqual(['mon', 'tue', 'wed', 'thu', 'sat', 'sun']);
  });

  it('reads ranges, and a dash before "en" as no range', () => {
    expect(read('ma t/m vr')?.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(read('ma-do')?.days).toEqual(['mon', 'tue', 'wed', 'thu']);
    expect(read('dinsdag- en donderdagavond')).toEqual({ days: ['tue', 'thu'], parts: ['evening'], any: false });
  });

  it('reads "na het werk" as evening and "voor het werk" as morning', () => {
    expect(read('na me werk')?.parts).toEqual(['evening']);
    expect(read('voor het werk')?.parts).toEqual(['morning']);
  });

  it('takes short forms only exactly: "Dina" is a name, not dinsdag', () => {
    expect(read('di')?.days).toEqual(['tue']);
    expect(read('Dina')).toBeUndefined();
  });

  it('keeps "morgen" for tomorrow and "vrij" for free when a verb says so', () => {
    expect(read('morgen')).toBeUndefined();
    expect(read('ik ben maandag vrij')?.days).toEqual(['mon']);
  });

  it('leaves the time to us on "maakt niet uit"', () => {
    expect(read('maakt niet uit')).toEqual({ days: [], parts: [], any: true });
    expect(understandDays('maakt niet uit')).toEqual([]);
  });
});
