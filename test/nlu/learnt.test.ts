import corpus from '../../src/nlu/learnt-corpus.json';
import { understandConsent, warmUpNlu } from '../../src/nlu';
import { consentByRules } from '../../src/nlu/consent';
import { learntConsent } from '../../src/nlu/learnt';

describe('the trained second reader at consent (src/nlu/learnt.ts)', () => {
  it('trains at start, synchronously', () => {
    const start = Date.now();
    warmUpNlu();
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('hears questions back the rules miss, among the tuning answers it learnt from', () => {
    const missed = corpus.consent.filter((example) => example.label === 'explain' && consentByRules(example.input) === undefined);
    const heard = missed.filter((example) => understandConsent(example.input) === 'explain');
    expect(heard.length).toBeGreaterThanOrEqual(Math.ceil(missed.length / 2));
  });

  it('never gives a yes or a no: only the rules read consent', () => {
    const inputs = [...corpus.consent.map((example) => example.input), 'tja ok dan', 'hmm mss', 'zal wel', 'whatever', 'ik kom wat later'];
    for (const input of inputs.filter((text) => consentByRules(text) === undefined)) {
      expect([undefined, 'explain', 'help']).toContain(understandConsent(input));
    }
  });

  it('stays out of long messages and of words it never saw', () => {
    expect(learntConsent('wat '.repeat(30))).toBeUndefined();
    for (const text of ['blablabla', 'Kerkstraat 12', 'qwerty asdf', 'ik kom met de trein']) expect(understandConsent(text)).toBeUndefined();
  });
});
