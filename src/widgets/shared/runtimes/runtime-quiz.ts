// The quiz's custom element, loaded on demand (see ../wake.ts).
import '../../quiz/quiz-element';
