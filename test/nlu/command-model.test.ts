import { learntCommand } from '../../src/nlu/command-model';
import { commandByRules, understandCommand } from '../../src/nlu/commands';
import { BATCHES, sameLabel } from '../support/nlu-fixture';

/**
 * The trained fallback for commands (src/nlu/command-model.ts), on TUNING batches only: it is
 * asked only when the rules find nothing, so it must add commands without taking ordinary
 * answers at the other questions for a command.
 */
const tuning = BATCHES.filter((b) => !b.heldOut);
const commandCases = tuning.flatMap((b) => b.cases).filter((c) => c.group === 'commands');
// Every non-command answer of the WRITING.md batches (tuned-0's other groups have no question context).
const ordinary = tuning.filter((b) => b.name !== 'tuned-0').flatMap((b) => b.cases).filter((c) => c.group !== 'commands');

describe('the trained command model', () => {
  it('trains synchronously and answers at once', () => {
    const start = Date.now();
    expect(learntCommand('ik wil effe met een mens')?.command).toBe('person');
    expect(Date.now() - start).toBeLessThan(2000);
  });

  // Answers that only the model hears ("wat mot ik doen" was one, until the dialect words came to the rules).
  it.each([
    ['huh wat moet ik nu', 'help'],
    ['kan ik met iemand', 'person'],
    ['ik wol stoppe', 'stop'],
    ['nou laat maar hoor, dit is niks', 'stop'],
  ])('hears %j as %s where the rules hear nothing', (text, command) => {
    expect(commandByRules(text)).toBeUndefined();
    expect(understandCommand(text)).toBe(command);
  });

  it.each(['Kim', 'Przemek Nowak', 'dinsdag ochtend', 'lezen en schrijven', 'terugbellen mag', 'ik wil niet meer op maandag', 'liever alleen met iemand', 'weer terug de schoolbanken in', 'stoppen met roken', 'geen zin in rekenen', 'genoeg geld', 'ik stop om 4', 'laat maar weten'])(
    'takes %j for no command',
    (text) => {
      expect(understandCommand(text)).toBeUndefined();
    },
  );

  it('reads only short messages', () => {
    expect(learntCommand('ik wil nu echt heel graag met een mens praten want dit lukt zo niet')).toBeUndefined();
  });

  it('adds commands on the tuning batches and loses none', () => {
    const rules = commandCases.filter((c) => sameLabel(commandByRules(c.input) ?? null, c.expect)).length;
    const shipped = commandCases.filter((c) => sameLabel(understandCommand(c.input) ?? null, c.expect)).length;
    process.stdout.write(`\nTuning commands (${commandCases.length}): rules ${rules}, rules else model ${shipped}\n`);
    expect(shipped).toBeGreaterThanOrEqual(rules);
  });

  it('takes no more ordinary answers at other questions for a command than the rules, except real requests for help', () => {
    const byRules = ordinary.filter((c) => commandByRules(c.input) !== undefined);
    const shipped = ordinary.filter((c) => understandCommand(c.input) !== undefined);
    process.stdout.write(`Ordinary answers at other questions (${ordinary.length}) read as a command: rules ${byRules.length}, rules else model ${shipped.length}\n`);
    const added = shipped.filter((c) => commandByRules(c.input) === undefined);
    // A "help" at the consent question is that question's own "help" label: no false command.
    expect(added.filter((c) => !(c.group === 'consent' && c.expect === 'help' && understandCommand(c.input) === 'help'))).toEqual([]);
  });
});
