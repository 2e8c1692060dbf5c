import { understandOffer, type OfferWords } from '../../src/nlu/offers';

const OFFERS: OfferWords[] = [
  { label: 'Di 9.30 · Bibliotheek Centrum', weekday: 'tue', start: '09:30', place: 'Bibliotheek Centrum', address: 'Kerkstraat 1', person: 'Anja', oneOnOne: false },
  { label: 'Wo 19.00 · met vrijwilliger Wim', weekday: 'wed', start: '19:00', place: 'Buurthuis De Linde', person: 'Wim', oneOnOne: true },
  { label: 'Do 13.30 · Buurthuis De Linde', weekday: 'thu', start: '13:30', place: 'Buurthuis De Linde', person: 'Marco', oneOnOne: false },
];
const pick = (text: string) => understandOffer(text, OFFERS);

describe('understandOffer', () => {
  it('takes a tapped button', () => {
    expect(pick('Wo 19.00 · met vrijwilliger Wim')).toBe(2);
    expect(pick('Andere tijd')).toBe('none');
  });

  it('takes a position: "doe de eerste maar", "nummer 2", "de laatste", "de middelste"', () => {
    expect(pick('doe de eerste maar')).toBe(1);
    expect(pick('nummer 2')).toBe(2);
    expect(pick('de laatste')).toBe(3);
    expect(pick('de middelste')).toBe(2);
    expect(pick('3 sws')).toBe(3);
  });

  it('takes a day, a part of the day or a clock time that only one seat has', () => {
    expect(pick('die op dinsdag')).toBe(1);
    expect(pick('de avond')).toBe(2);
    expect(pick('smiddags')).toBe(3);
    expect(pick('die om half 2')).toBe(3);
    expect(pick('dondrdag is chill')).toBe(3);
  });

  it('takes a place or a person: "die in de bieb", "die met Marco"', () => {
    expect(pick('die in de bieb')).toBe(1);
    expect(pick('kerkstraat')).toBe(1);
    expect(pick('die met Marco')).toBe(3);
    expect(pick('liever 1 op 1')).toBe(2);
  });

  it('reads "geen van allen", "andere dag" and a day no seat has as none', () => {
    expect(pick('geen van allen')).toBe('none');
    expect(pick('andere dag pls')).toBe('none');
    expect(pick('past nie')).toBe('none');
    expect(pick('kan het ook op maandag?')).toBe('none');
  });

  it('gives no answer when two seats fit or the worker asks back', () => {
    expect(pick('die in de linde')).toBeUndefined();
    expect(pick('in een groep')).toBeUndefined();
    expect(pick('niet de eerste')).toBeUndefined();
    expect(pick('1 of 3 maakt nie uit')).toBeUndefined();
    expect(pick('waar is de linde?')).toBeUndefined();
  });

  it('asks again when every seat fits, and reads the earliest as the first', () => {
    expect(pick('alle drie goed')).toBeUndefined();
    expect(pick('is de eerste ook met een groep?')).toBeUndefined();
    expect(pick('is er ook iets op maandag?')).toBe('none');
    expect(pick('de vroegste')).toBe(1);
  });
});
