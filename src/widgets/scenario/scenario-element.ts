import { KIT_ORDER, checkGoals, type KitId, type LabState, type Scenario } from '#sim-core/core';
import { ensureLab, getLab, labStore, playSteps, resetLab, sendEvent } from '../../stores/labs';
import { scenariosOf } from '../../stores/sim';
import { UI } from '../../ui/strings';
import { watchClock } from '../shared/visibility';
import { $progress, isScenarioComplete, markScenarioComplete } from '../../stores/progress';
import { showWidgetError } from '../shared/widget-error';
import { setText } from '../shared/dom';
import { defineElement } from '../shared/define';
import { showLabNote } from '../shared/lab-note';

/** The scenario panel: task, goals that tick from the lab's state, hints, solution, reset. */
class ScenarioElement extends HTMLElement {
  private scenario: Scenario | null = null;
  private labId = '';
  private stops: (() => void)[] = [];
  private hintsShown = 0;
  private wasComplete = false;

  connectedCallback() {
    // The scenario's goals and solution come with its kit's scenarios, fetched for the panel.
    const kit = this.getAttribute('scenario-kit') as KitId;
    if (!KIT_ORDER.includes(kit)) return showWidgetError(this, 'unknown scenario.');
    scenariosOf(kit).then((list) => this.start(list.find((known) => known.id === this.getAttribute('scenario'))), () => showWidgetError(this, UI.runtimeFailed));
  }

  private start(scenario: Scenario | undefined) {
    if (!this.isConnected) return;
    const labId = this.getAttribute('lab') ?? '';
    if (!scenario || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(labId) || !ensureLab(labId, scenario.preset)) return showWidgetError(this, 'unknown scenario.');
    this.scenario = scenario;
    this.labId = labId;
    showLabNote(labId);
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('button, select')) control.disabled = false;
    this.addEventListener('click', this.onClick);
    this.addEventListener('change', this.onChange);
    this.stops = [labStore(labId).subscribe(() => this.render()), $progress.listen(() => this.render()), watchClock(this, labId)];
    this.renderHints();
  }

  disconnectedCallback() {
    this.stops.forEach((stop) => stop());
    this.stops = [];
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('change', this.onChange);
  }

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || !this.contains(button)) return;
    const confirm = this.querySelector<HTMLElement>('.esxi-scenario__confirm')!;
    switch (button.dataset.action) {
      case 'hint':
        this.hintsShown = Math.min(this.hintsShown + 1, this.hintItems().length);
        this.renderHints();
        break;
      case 'ask-solution':
        confirm.hidden = false;
        confirm.querySelector<HTMLButtonElement>('[data-action="cancel-solution"]')!.focus();
        break;
      case 'cancel-solution':
        confirm.hidden = true;
        this.querySelector<HTMLButtonElement>('[data-action="ask-solution"]')!.focus();
        break;
      case 'show-solution': {
        confirm.hidden = true;
        const solution = this.querySelector<HTMLElement>('.esxi-scenario__solution')!;
        solution.hidden = false;
        solution.querySelector<HTMLElement>('h3')!.setAttribute('tabindex', '-1');
        solution.querySelector<HTMLElement>('h3')!.focus();
        break;
      }
      case 'apply-solution':
        this.playSolution();
        break;
      case 'reset':
        resetLab(this.labId);
        break;
    }
  };

  private onChange = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    if (!select.dataset.question) return;
    sendEvent(this.labId, { type: 'answer', question: select.dataset.question, value: select.value });
  };

  /** Plays the steps from the preset, so the reader sees the route from a clean start. */
  private playSolution() {
    void playSteps(this.labId, this.scenario!.solution);
  }

  /** The hints, rendered on the server (the browser's scenario code carries no words). */
  private hintItems() {
    return this.querySelectorAll<HTMLElement>('.esxi-scenario__hint-list li');
  }

  private renderHints() {
    const items = this.hintItems();
    items.forEach((item, index) => (item.hidden = index >= this.hintsShown));
    const button = this.querySelector<HTMLButtonElement>('[data-action="hint"]')!;
    const total = items.length;
    button.textContent = this.hintsShown < total ? `Show a hint (${this.hintsShown + 1} of ${total})` : 'All hints shown';
    button.disabled = this.hintsShown >= total;
  }

  private render() {
    const lab = getLab(this.labId);
    if (!lab) return;
    const goals = checkGoals(this.scenario!, lab);
    for (const goal of goals) {
      const item = this.querySelector<HTMLElement>(`[data-goal="${goal.id}"]`);
      if (!item) continue;
      item.dataset.met = String(goal.met);
      setText(item.querySelector('[data-part="mark"]')!, UI.scenario.mark(goal));
      setText(item.querySelector('[data-part="why"]')!, goal.because ? ` (${goal.because})` : '');
    }
    this.renderAnswers(lab);
    const complete = goals.every((goal) => goal.met);
    setText(this.querySelector('.esxi-scenario__done')!, complete ? 'All goals met: scenario complete.' : '');
    if (complete && !this.wasComplete) markScenarioComplete(this.scenario!.id);
    this.wasComplete = complete;
    this.renderFinishedBefore(complete);
  }

  /** Saved progress keeps a finished scenario finished, though its lab starts afresh on a reload. */
  private renderFinishedBefore(completeNow: boolean) {
    const note = this.querySelector<HTMLElement>('[data-finished]');
    if (!note) return;
    const show = !completeNow && isScenarioComplete(this.scenario!.id);
    setText(note, show ? UI.scenario.finishedBefore : '');
    note.hidden = !show;
  }

  private renderAnswers(lab: LabState) {
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-question]')) {
      const value = lab.answers[select.dataset.question!] ?? '';
      if (select.value !== value) select.value = value;
    }
  }
}

defineElement('esxi-scenario', ScenarioElement);
