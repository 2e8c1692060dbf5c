import { understandChoice } from '../../src/nlu/choice';

const OPTIONS = [
  { value: 'group', words: ['In een groep'] },
  { value: 'alone', words: ['Alleen met iemand'] },
  { value: 'any', words: ['Maakt niet uit'] },
];

describe('understandChoice', () => {
  it('takes a tapped or typed button, also with a small mistake', () => {
    expect(understandChoice('In een groep', OPTIONS)).toBe('group');
    expect(understandChoice('in een groepp', OPTIONS)).toBe('group');
  });

  it('takes a number for the position of a button', () => {
    expect(understandChoice('2', OPTIONS)).toBe('alone');
    expect(understandChoice('nummer drie', OPTIONS)).toBe('any');
  });

  it('gives no answer for something else', () => {
    expect(understandChoice('dinsdag', OPTIONS)).toBeUndefined();
  });
});
