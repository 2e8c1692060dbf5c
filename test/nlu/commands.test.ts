import { understandCommand } from '../../src/nlu/commands';

describe('understandCommand', () => {
  it('hears a command among polite words', () => {
    expect(understandCommand('ik wil graag even stoppen')).toBe('stop');
    expect(understandCommand('wat moet ik hier doen?')).toBe('help');
    expect(understandCommand('mag ik iemand spreken')).toBe('person');
  });

  it('hears "ik snap het niet" as help, but "ik snap het" as nothing', () => {
    expect(understandCommand('ik snap het niet')).toBe('help');
    expect(understandCommand('ik snap het')).toBeUndefined();
  });

  it('takes an answer that contains a command word as an answer', () => {
    expect(understandCommand('beter praten')).toBeUndefined();
    expect(understandCommand('stoppen met roken')).toBeUndefined();
    expect(understandCommand('hulp bij rekenen')).toBeUndefined();
  });

  it('allows small mistakes only in longer commands', () => {
    expect(understandCommand('opnieuuw')).toBe('restart');
    expect(understandCommand('stap')).toBeUndefined();
  });
});
