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

  it('reads "liever niet op maandag" as every day but Monday', () => {
    expect(read('liever niet op maandag')?.days).toEqual(['tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(read('maandag nie, de rest wel')?.days).toEqual(['tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(read('maandag wel dinsdag niet')?.days).toEqual(['mon']);
  });

  it('reads a shift or work at a time of day as the parts the worker cannot come', () => {
    expect(read('ik heb ochtenddienst')?.parts).toEqual(['afternoon', 'evening']);
    expect(read("ik werk 's ochtends")?.parts).toEqual(['afternoon', 'evening']);
    expect(read('ik heb middagdienst')?.parts).toEqual(['morning', 'evening']);
    expect(read('ik draai avonddienst')?.parts).toEqual(['morning', 'afternoon']);
    expect(read('ik kan niet op maandag want dan werk ik')?.days).toEqual(['tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('reads "na mijn werk" and "na het eten" as the evening, "voordat ik moet werken" as the morning', () => {
    expect(read('na mijn werk')?.parts).toEqual(['evening']);
    expect(read('donderdag na t eten')).toEqual({ days: ['thu'], parts: ['evening'], any: false });
    expect(read('voordat ik moet werken')?.parts).toEqual(['morning']);
  });

  it('leaves the time to us on "zeg jij maar wanneer" and "maakt mij nie uit"', () => {
    expect(read('zeg jij maar wanneer')?.any).toBe(true);
    expect(read('maakt mij nie uit')?.any).toBe(true);
  });
});

describe('understandAvailability with a clock time', () => {
  const timed = (text: string) => {
    const reading = understandAvailability(text);
    return reading && { days: reading.days, parts: reading.dayParts, ...reading.time };
  };

  it('reads a day and a spoken hour in one answer: "dinsdag om 3 uur" is Tuesday at 15:00', () => {
    expect(timed('dinsdag om 3 uur')).toEqual({ days: ['tue'], parts: [], at: '15:00' });
    expect(timed('kwart voor 9')).toEqual({ days: [], parts: [], at: '08:45' });
    expect(timed('maandag kwart over 9')).toEqual({ days: ['mon'], parts: [], at: '09:15' });
  });

  it('reads "tot 12 uur" as before and "na half 4" or "vanaf zeven uur" as after', () => {
    expect(timed('tot 12 uur')).toEqual({ days: [], parts: [], before: '12:00' });
    expect(timed('pas na half 4')).toEqual({ days: [], parts: [], after: '15:30' });
    expect(timed('vanaf zeven uur')).toEqual({ days: [], parts: [], after: '19:00' });
    expect(timed('tussen 2 en 4')).toEqual({ days: [], parts: [], after: '14:00', before: '16:00' });
  });

  it('turns "niet voor" and "niet na" around', () => {
    expect(timed('woensdag of donderdag maar nie voor 10 uur')).toEqual({ days: ['wed', 'thu'], parts: [], after: '10:00' });
    expect(timed('niet na 4 uur')).toEqual({ days: [], parts: [], before: '16:00' });
  });

  it('keeps a day-part word with the time, and lets it settle the hour', () => {
    expect(timed('savonds na 7')).toEqual({ days: [], parts: ['evening'], after: '19:00' });
    expect(timed("'s ochtends om 7")).toEqual({ days: [], parts: ['morning'], at: '07:00' });
  });

  it('reads the end of work as the time the worker can come', () => {
    expect(timed('ik werk tot 3 uur dus daarna')).toEqual({ days: [], parts: [], after: '15:00' });
    expect(timed('ik werk van 8 tot half 5')).toEqual({ days: [], parts: [], after: '16:30' });
  });

  it('reads "een uur of 7" as about 7, not one o\'clock', () => {
    expect(timed('een uur of 7')).toEqual({ days: [], parts: [], at: '19:00' });
  });

  it('reads a range of hours as after and before, and settles the end in the evening when the start is', () => {
    expect(timed('ma 9-12')).toEqual({ days: ['mon'], parts: [], after: '09:00', before: '12:00' });
    expect(timed('14-16 uur')).toEqual({ days: [], parts: [], after: '14:00', before: '16:00' });
    expect(timed("'s avonds na 7 uur maar niet na 9")).toEqual({ days: [], parts: ['evening'], after: '19:00', before: '21:00' });
  });

  it('lets a shift exclude only its own part of the day', () => {
    expect(timed('als ik vroege dienst heb kan ik smiddags')).toEqual({ days: [], parts: ['afternoon'] });
  });
});
