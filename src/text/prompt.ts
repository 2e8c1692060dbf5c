/** A question in words: what comes before it, the question, and its buttons. How it looks per channel is the renderer's job. */
export interface Prompt {
  before?: string[];
  text: string;
  buttons: string[];
}
