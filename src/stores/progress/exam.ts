import { examActions } from './exam-actions';
import { progressStore } from './index';

// The exam's actions on the page's progress store; only the exam page loads them.
const actions = examActions(progressStore.update, () => progressStore.$progress.get(), Date.now);

export const startExam = actions.startExam;
export const recordExamAnswer = actions.recordExamAnswer;
export const setExamFlag = actions.setExamFlag;
export const submitExam = actions.submitExam;
export const clearExamAttempt = actions.clearExamAttempt;
