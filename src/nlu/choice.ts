import { distance } from 'fastest-levenshtein';
import { allowedMistakes } from './fuzzy';
import { normalize, words } from './normalize';
import { numberWord } from './numbers';

export interface ChoiceOption<T> {
  value: T;
  words: string[];
}

/**
 * Which of a few options a worker meant: a button's text (typed or tapped, with small
 * mistakes), a phrase that contains exactly one option, or its number ("2", "twee", "nummer 2").
 */
export function understandChoice<T>(text: string, options: ChoiceOption<T>[]): T | undefined {
  const normal = normalize(text);
  if (!normal) return undefined;
  const spelled = options.map((option) => ({ value: option.value, words: option.words.map(normalize).filter(Boolean) }));

  const exact = spelled.filter((option) => option.words.includes(normal));
  if (exact.length === 1) return exact[0].value;

  const tokens = words(normal).filter((word) => !['nummer', 'optie', 'keuze', 'de', 'het', 'nr', 'no'].includes(word));
  if (tokens.length === 1) {
    const position = numberWord(tokens[0]);
    if (position !== undefined && position >= 1 && position <= options.length) return options[position - 1].value;
  }

  const near = spelled
    .flatMap((option) => option.words.map((word) => ({ value: option.value, d: distance(normal, word), limit: allowedMistakes(word.length) })))
    .filter((match) => match.d <= match.limit)
    .sort((a, b) => a.d - b.d);
  if (near.length > 0 && near.filter((match) => match.d === near[0].d && match.value !== near[0].value).length === 0) return near[0].value;

  const containing = spelled.filter((option) => option.words.some((word) => word.length > 2 && ` ${normal} `.includes(` ${word} `)));
  return containing.length === 1 ? containing[0].value : undefined;
}
