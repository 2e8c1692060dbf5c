import { firstName, understandName } from '../../src/nlu/name';

describe('understandName', () => {
  it('takes the name out of a sentence and writes it with capitals', () => {
    expect(understandName('ik ben sanne van dijk')).toBe('Sanne van Dijk');
    expect(understandName('ik hiet Piet')).toBe('Piet');
    expect(understandName('Ik ben Joyce 😊')).toBe('Joyce');
  });

  it('takes no greeting, answer or sentence for a name', () => {
    for (const notAName of ['hoi', 'ja', 'dinsdag', 'lezen en schrijven', 'waarom wil je dat weten', 'x']) expect(understandName(notAName)).toBeUndefined();
  });

  it('keeps names that look like a short day, a common word or a misspelled button', () => {
    expect(understandName('Don')).toBe('Don');
    expect(understandName('Wil')).toBe('Wil');
    expect(understandName('Lies')).toBe('Lies');
  });

  it('reads past typed doubles and fillers, asks back no name, and takes the full name said after', () => {
    expect(understandName('hallo ikk ben Noor')).toBe('Noor');
    expect(understandName('ze noemen me meestal Bram')).toBe('Bram');
    expect(understandName('Wat is jouw naam?')).toBeUndefined();
    expect(understandName('dat vertel ik niet')).toBeUndefined();
    expect(understandName('Ik ben Sara. Sara el Amrani')).toBe('Sara el Amrani');
  });

  it('gives the first name for a friendly greeting', () => {
    expect(firstName('Piet de Vries')).toBe('Piet');
  });
});
