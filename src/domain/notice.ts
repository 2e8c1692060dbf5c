/** A message the bot sends on its own: the reminder before the first lesson, or a change. */
export interface Notice {
  id: string;
  kind: 'reminder' | 'change';
  intakeId: string;
  /** 'pending' waits for its turn; 'sending' was handed to the channel; then 'sent' or 'failed'. */
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  dueAt: string;
  updatedAt: string;
  reason?: string;
}
