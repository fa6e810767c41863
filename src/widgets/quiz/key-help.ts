import type { WidgetKeys } from '../shared/key-help';

/** A question's options as a reader's keyboard meets them (native radios and checkboxes): the "?" dialog lists these. */
export const choiceKeys = (title: string): WidgetKeys => ({
  title,
  where: 'in a question (Tab moves from question to question and to its buttons)',
  keys: [
    { keys: 'Up / Down', does: 'Among one answer\'s options: chooses the previous or next option.' },
    { keys: 'Space', does: 'Ticks or unticks an option where several answers apply.' },
    { keys: 'Enter or Space', does: 'On a button such as "Check answer": presses it.' },
  ],
});
