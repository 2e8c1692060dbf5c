/**
 * A message the bot sends on its own: the reminder before the first lesson, or a change:
 * the group's times or place ('change'), a coordinator moved the worker ('moved'), called
 * off one lesson ('session-cancelled', with its `date`), or stopped the group ('group-cancelled').
 */
export type NoticeKind = 'reminder' | 'change' | 'moved' | 'session-cancelled' | 'group-cancelled';

export interface Notice {
  id: string;
  kind: NoticeKind;
  /** The lesson that was called off. */
  date?: string;
  intakeId: string;
  /** 'pending' waits for its turn; 'sending' was handed to the channel; then 'sent' or 'failed'. */
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  dueAt: string;
  updatedAt: string;
  reason?: string;
}
