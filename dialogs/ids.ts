/** Dialog ids that more than one dialog needs, kept apart to avoid circular imports. */
export const LESSON_DIALOG = 'lesson';
export const PRIVACY_DIALOG = 'privacy';
