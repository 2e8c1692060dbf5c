import corpus from '../../src/nlu/learnt-corpus.json';
import { understandConsent, understandFormat, understandLessonRequest, warmUpNlu } from '../../src/nlu';
import { consentByRules } from '../../src/nlu/consent';
import { learntAnswer } from '../../src/nlu/learnt';
import { lessonRequestByRules } from '../../src/nlu/lesson-request';

describe('the trained second reader (src/nlu/learnt.ts)', () => {
  it('trains every model at start, synchronously', () => {
    const start = Date.now();
    warmUpNlu();
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('reads what the rules miss: it learnt from the tuning answers', () => {
    // The rules hear nothing in these; the model has the answer.
    const missed = corpus.lesson.filter((example) => example.label !== null && lessonRequestByRules(example.input) === undefined);
    const heard = missed.filter((example) => understandLessonRequest(example.input) === example.label);
    expect(missed.length).toBeGreaterThan(0);
    expect(heard.length).toBeGreaterThan(0);
  });

  it('never gives a yes or a no at consent: only the rules do', () => {
    const inputs = [...corpus.consent.map((example) => example.input), 'tja ok dan', 'hmm mss', 'zal wel', 'whatever'];
    for (const input of inputs) expect(['yes', 'no']).not.toContain(learntAnswer('consent', input));
    // A consent the rules leave open stays open, unless the model hears a question or a plea for help.
    for (const input of inputs.filter((text) => consentByRules(text) === undefined)) {
      expect([undefined, 'explain', 'help']).toContain(understandConsent(input));
    }
  });

  it('never marks a lesson missed on its own: only the rules read "absent"', () => {
    for (const example of corpus.lesson) expect(learntAnswer('lesson', example.input)).not.toBe('absent');
  });

  it('leaves format to the rules, which choose none for a question back', () => {
    expect(understandFormat('hoe groot is de groep?')).toBeUndefined();
    expect(understandFormat('hoeveel mensen zitten in een groep')).toBeUndefined();
  });

  it('stays out of long messages and of words it never saw', () => {
    expect(learntAnswer('lesson', 'ik '.repeat(30))).toBeUndefined();
    for (const text of ['blablabla', 'Kerkstraat 12', 'qwerty asdf']) {
      expect(understandConsent(text)).toBeUndefined();
      expect(understandLessonRequest(text)).toBeUndefined();
    }
  });
});
