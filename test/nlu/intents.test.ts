import { understandChange, understandCommand, understandConsent, understandHelper, understandLessonRequest, understandName, understandPhoneAnswer } from '../../src/nlu';
import { understandMenu } from '../../src/nlu/menu';

describe('the known bugs of issue 14', () => {
  it('"mijn dag klopt niet" is no command; at the change question it is the day', () => {
    expect(understandCommand('mijn dag klopt niet')).toBeUndefined();
    expect(understandChange('mijn dag klopt niet')).toBe('when');
  });

  it('the confirm button "Ja, afmelden" asks for no menu', () => {
    expect(understandMenu('Ja, afmelden')).toBeUndefined();
    expect(understandMenu('mijn les')).toBe('my-lesson');
  });

  it('"help ik snap het niet" at consent is help, never a no', () => {
    expect(understandConsent('help ik snap het niet')).toBe('help');
    expect(understandConsent('ik snap het niet')).toBe('help');
  });
});

describe('the readers of the new conversation', () => {
  it('consent: a question back gets the explanation', () => {
    expect(understandConsent('wat doe je ermee?')).toBe('explain');
    expect(understandConsent('wat gebeurt er met mijn naam?')).toBe('explain');
    expect(understandConsent('ja maar wat bewaar je precies')).toBe('explain');
    expect(understandConsent('ja hoor')).toBe('yes');
    expect(understandConsent('nee liever niet')).toBe('no');
    expect(understandConsent('dinsdagmiddag')).toBeUndefined();
  });

  it('names: extra words come off, and a name that looks like a word stays a name', () => {
    expect(understandName('ik ben Joyce')).toBe('Joyce');
    expect(understandName('zeg maar Ruud')).toBe('Ruud');
    expect(understandName('Ruud hoor')).toBe('Ruud');
    expect(understandName('Priya')).toBe('Priya');
    expect(understandName('Przemek')).toBe('Przemek');
    expect(understandName('prima')).toBeUndefined();
    expect(understandName('hoezo')).toBeUndefined();
  });

  it('commands in everyday words, and answers that only look like one', () => {
    expect(understandCommand('ik hou op')).toBe('stop');
    expect(understandCommand('laat maar')).toBe('stop');
    expect(understandCommand('kan ik iemand bellen')).toBe('person');
    expect(understandCommand('ik zou graag met iemand willen praten')).toBe('person');
    expect(understandCommand('ik wil mijn vorige antwoord veranderen')).toBe('back');
    expect(understandCommand('begin maar opnieuw')).toBe('restart');
    expect(understandCommand('ik snap het niet')).toBe('help');
    expect(understandCommand('ik stop om 3 uur met werken')).toBeUndefined();
    expect(understandCommand('terug naar school')).toBeUndefined();
    expect(understandCommand('niemand')).toBeUndefined();
  });

  it('change: the field in own words, nothing, or ask again', () => {
    expect(understandChange('het nummer')).toBe('phone');
    expect(understandChange('ik heet anders')).toBe('name');
    expect(understandChange('ik wil ook rekenen')).toBe('goals');
    expect(understandChange('klopt zo')).toBe('nothing');
    expect(understandChange('ja')).toBeUndefined();
    expect(understandChange('de dag en mn nummer')).toBeUndefined();
  });

  it('lesson requests: move from now on, absent once, cancel', () => {
    expect(understandLessonRequest('ik kan dinsdag niet')).toBe('move');
    expect(understandLessonRequest('andere dag graag')).toBe('move');
    expect(understandLessonRequest('ik kan morgen niet')).toBe('absent');
    expect(understandLessonRequest('ik ben ziek vandaag')).toBe('absent');
    expect(understandLessonRequest('ik wil me afmelden')).toBe('cancel');
    expect(understandLessonRequest('hoe laat is mijn les')).toBe('show');
    expect(understandLessonRequest('hoi')).toBe('greeting');
  });

  it('helper and phone answers', () => {
    expect(understandHelper('die anja', ['Anja', 'Mo'])).toBe('Anja');
    expect(understandHelper('zelf gevonden', ['Anja', 'Mo'])).toBe('nobody');
    expect(understandHelper('anja en mo', ['Anja', 'Mo'])).toBeUndefined();
    // A colleague whose name is also a dialect word is still that colleague.
    expect(understandHelper('Mien', ['Mien', 'Kalle'])).toBe('Mien');
    expect(understandHelper('kalle van de inpak', ['Mien', 'Kalle'])).toBe('Kalle');
    // "dinsdag kan ik niet meer komen" moves the lessons; "niet meer komen" alone stops them.
    expect(understandLessonRequest('ik kan dinsdag niet meer komen')).toBe('move');
    expect(understandLessonRequest('ik wil niet meer komen')).toBe('cancel');
    // A question about keeping less is a question, not a yes.
    expect(understandConsent('waarom niet meteen verwijderen?')).toBe('explain');
    expect(understandConsent('ja waarom niet')).toBe('yes');
    expect(understandPhoneAnswer('06 12345678')).toBe('+31612345678');
    expect(understandPhoneAnswer('weet mn nummer nie uit mn hoofd')).toBe('yes');
    expect(understandPhoneAnswer('liever niet')).toBe('no');
  });
});

describe('consent: general rules (dev-g), checked on answers no batch holds', () => {
  it('a question with the verb first, or who, why, how long, where, asks for the explanation', () => {
    expect(understandConsent('deel je dat met de gemeente')).toBe('explain');
    expect(understandConsent('hoelang blijft het staan')).toBe('explain');
    expect(understandConsent('zet je het online')).toBe('explain');
  });

  it('asking for easier words or which button to press is help', () => {
    expect(understandConsent('kan het wat simpeler')).toBe('help');
    expect(understandConsent('welke knop is ja')).toBe('help');
  });

  it('a worried or conditional yes is yes; a condition against what the bot said is no answer', () => {
    expect(understandConsent('ja zolang de uwv het niet krijgt')).toBe('yes');
    expect(understandConsent('eng hoor, maar oke')).toBe('yes');
    expect(understandConsent('ok maar niet mijn antwoorden')).toBeUndefined();
    expect(understandConsent('goed als je het direct weer weg doet')).toBeUndefined();
  });

  it('a refusal with a reason stays a no', () => {
    expect(understandConsent('nee dat duurt me te lang')).toBe('no');
    expect(understandConsent('ik hou niet van computers dus nee')).toBe('no');
  });
});
