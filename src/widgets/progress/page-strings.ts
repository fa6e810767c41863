import type { ImportRefusal } from '../../stores/progress/transfer';
import { MAX_IMPORT_BYTES } from '../../stores/progress/transfer';
import { PROGRESS_VERSION } from '../../stores/progress/format';

/** Every label and sentence of the progress page. */
export const PROGRESS_PAGE_TEXT = {
  region: 'Your progress',
  needsJs: 'This page reads your progress from this browser, which needs JavaScript. With JavaScript off, nothing is saved, so there is no progress to show.',
  byChapter: 'By chapter',
  chapterColumn: 'Chapter',
  quizColumn: 'Quiz',
  scenariosColumn: 'Scenarios done',
  quizCell: (right: number, answered: number, total: number) => (answered === 0 ? `Not tried (${total} questions)` : `${right} of ${total} right, ${answered} answered`),
  scenariosCell: (done: number, total: number) => (total === 0 ? 'None in this chapter' : `${done} of ${total}`),
  scenariosHeading: 'Scenarios',
  scenarioDone: 'Done',
  scenarioNotYet: 'Not yet',
  masteryHeading: 'Mastery',
  masteryIntro: 'For each objective and each section, how many of its questions your latest answer got right, in a chapter quiz, the practice exam or a review. Questions you missed come back in spaced review.',
  reviewLink: 'Go to spaced review.',
  byObjective: 'By VCP-410 objective',
  objectiveColumn: 'Objective',
  bySection: (chapter: string) => `${chapter}: by section`,
  sectionColumn: 'Section',
  rightColumn: 'Right',
  missedColumn: 'Missed',
  notTriedColumn: 'Not tried',
  questionsColumn: 'Questions',
  keepHeading: 'Keep or move your progress',
  keepIntro: 'Your progress lives only in this browser. Download it to keep a copy or to carry it to another browser, and import it there: an import adds to what is already there and never takes anything away.',
  exportButton: 'Download progress (JSON)',
  exported: (file: string) => `Downloaded ${file}.`,
  importLabel: 'Import progress from a file',
  imported: (answers: number, scenarios: number) =>
    `Imported and merged: you now have ${answers} answered question${answers === 1 ? '' : 's'} and ${scenarios} finished scenario${scenarios === 1 ? '' : 's'} in this browser.`,
  importRefused: (reason: ImportRefusal, detail?: string) => `Nothing was imported, and your progress is as it was: ${IMPORT_REASONS[reason](detail)}`,
  importUnsaved: 'Imported, but this browser is not saving progress right now (see the note above), so it is kept only until you leave this page.',
  resetButton: 'Reset all progress…',
  resetTitle: 'Reset all progress?',
  resetWarning:
    'This forgets every quiz answer, finished scenario, practice exam result and review schedule kept in this browser. It cannot be undone: download your progress first if you may want it back.',
  resetConfirm: 'Reset everything',
  resetCancel: 'Cancel',
  resetDone: 'All your progress in this browser was reset.',
  resetCancelled: 'Nothing was reset.',
} as const;

const IMPORT_REASONS: Record<ImportRefusal, (detail?: string) => string> = {
  'too-big': () => `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, far more than any progress file.`,
  empty: () => 'the file is empty.',
  'not-json': () => 'the file is not JSON, so it is not a progress file from this site.',
  'not-progress': () => 'the file is JSON but not a progress file from this site (it has no progress format version).',
  newer: (version) => `the file was made by a newer version of this site (format ${version ?? 'unknown'}); this one reads up to format ${PROGRESS_VERSION}.`,
  damaged: (detail) => `part of the file does not read as progress${detail ? ` (${detail})` : ''}.`,
};
