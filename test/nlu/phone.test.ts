import { understandPhone } from '../../src/nlu/phone';

describe('understandPhone', () => {
  it('writes every Dutch way of writing a number as E.164', () => {
    for (const written of ['06-12345678', '06 1234 5678', '+31 6 12345678', '+31 (0)6 12345678', '+31 06 12345678', '0031612345678']) {
      expect(understandPhone(written)).toBe('+31612345678');
    }
    expect(understandPhone('0570-123456')).toBe('+31570123456');
  });

  it('refuses numbers that are too short, too long, or from another country', () => {
    for (const wrong of ['0612345', '061234567890', '+32 470 12 34 56', '0012345678']) expect(understandPhone(wrong)).toBeUndefined();
  });

  it('refuses a message with two numbers rather than guess', () => {
    expect(understandPhone('06 1234 5678 of 06 8765 4321')).toBeUndefined();
  });
});
