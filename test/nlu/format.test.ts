import { understandFormat } from '../../src/nlu/format';

describe('understandFormat', () => {
  it('reads a "niet" before a choice as the other choice', () => {
    expect(understandFormat('niet in een groep')).toBe('one-on-one');
    expect(understandFormat('geen groep')).toBe('one-on-one');
    expect(understandFormat('niet alleen')).toBe('group');
  });

  it('reads both choices at once as either', () => {
    expect(understandFormat('groep of alleen, maakt niet uit')).toBe('any');
  });
});
