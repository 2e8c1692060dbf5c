/** At "Wie heeft je geholpen?": one of the named colleagues, 'nobody', or not understood. */
export type HelperAnswer = string | 'nobody';

// Contract stub: the NLU work replaces the body; callers rely only on the signature.
export function understandHelper(text: string, names: string[]): HelperAnswer | undefined {
  const typed = text.trim().toLowerCase();
  return names.find((name) => name.toLowerCase() === typed);
}
