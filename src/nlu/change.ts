/** At "Wat wil je veranderen?": which answer the worker wants to change, or nothing. */
export type ChangeField = 'name' | 'goals' | 'when' | 'phone' | 'nothing';

// Contract stub: the NLU work replaces the body; callers rely only on the signature.
export function understandChange(_text: string): ChangeField | undefined {
  return undefined;
}
