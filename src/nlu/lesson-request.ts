/**
 * What a worker who already has a seat asks for: move from now on, miss one lesson,
 * stop, see the lesson, the calendar file, their data, erasure, nothing, or only a greeting.
 */
export type LessonRequest = 'move' | 'absent' | 'cancel' | 'show' | 'calendar' | 'my-data' | 'erase' | 'done' | 'greeting';

// Contract stub: the NLU work replaces the body; callers rely only on the signature.
export function understandLessonRequest(_text: string): LessonRequest | undefined {
  return undefined;
}
