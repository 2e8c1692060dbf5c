import { understandCommand } from './commands';
import { understandYesNo } from './yes-no';

/** At the consent question: agree, refuse, ask what is kept, or say the question is unclear. */
export type ConsentAnswer = 'yes' | 'no' | 'explain' | 'help';

// Contract stub: the NLU work replaces the body; callers rely only on the signature.
export function understandConsent(text: string): ConsentAnswer | undefined {
  if (understandCommand(text) === 'help') return 'help';
  const yesNo = understandYesNo(text);
  return yesNo === 'yes' || yesNo === 'no' ? yesNo : undefined;
}
