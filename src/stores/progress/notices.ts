
export type ProgressNoticeKind = 'recovered' | 'exam-set-aside' | 'unreadable' | 'newer-version' | 'untouched' | 'not-saved';

export interface ProgressNotice {
  kind: ProgressNoticeKind;
  /** One sentence for the page. */
  message: string;
}

export const PROGRESS_MESSAGES: Record<ProgressNoticeKind, string> = {
  recovered:
    'Your saved progress could not be read in full; the readable part was kept, and a copy of the original was saved in this browser.',
  'exam-set-aside':
    'Your saved practice exam could not be read, so it was set aside and a copy of it was saved in this browser; your quiz answers and other progress are kept.',
  unreadable:
    'Your saved progress could not be read, so you are starting afresh; a copy of the original was saved in this browser.',
  'newer-version':
    'Your progress was saved by a newer version of this site. It was left untouched, and answers you give on this page will not be saved.',
  untouched:
    'Your saved progress could not be read in full and no copy of it could be made, so it was left untouched; answers you give on this page will not be saved.',
  'not-saved':
    'This browser is not letting the site save your progress, so your answers will be kept only until you leave this page.',
};
