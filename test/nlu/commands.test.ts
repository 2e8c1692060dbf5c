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

  it.each([
    ['ik hou op', 'stop'], ['laat maar', 'stop'], ['niet meer verder', 'stop'],
    ['kan ik iemand bellen', 'person'], ['ik zou graag met iemand willen praten', 'person'], ['ik wil praten met iemand van jullie', 'person'],
    ['kan ik iemand aan de lijn krijgen', 'person'], ['ik wil met mijn docent praten', 'person'],
    ['terug naar de vorige vraag', 'back'], ['mijn vorige antwoord klopt niet', 'back'], ['ik heb iets fout gedaan', 'back'], ['dat was fout', 'back'],
    ['wat moet ik hier', 'help'], ['kun je me helpen', 'help'], ['wat moet ik antwoorden', 'help'], ['ik snap er geen bal van', 'help'], ['dit is te moeilijk voor mij', 'help'],
    ['weer vanaf het begin', 'restart'], ['ik wil het opnieuw doen', 'restart'],
  ])('hears %j as %s', (text, command) => {
    expect(understandCommand(text)).toBe(command);
  });

  it.each(['ik kan niet goed lezen', 'rekenen is te moeilijk', 'terug naar huis', 'bellen met mijn dokter', 'ik wil leren praten met mensen', 'opnieuw naar school', 'vorige week', 'mijn dag klopt niet', 'help mijn kinderen met huiswerk'])(
    'takes %j as an answer',
    (text) => {
      expect(understandCommand(text)).toBeUndefined();
    },
  );
});
