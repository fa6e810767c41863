import type { HostState } from '#sim-core/core';
import { sendEvent } from '../../stores/labs';
import { el, setText } from '../shared/dom';
import { LabWidget } from '../shared/lab-widget';
import { defineElement } from '../shared/define';
import { WIZARD_TEXT as text } from './strings';
import { askNamedIn, changeLine, wizardModel, type WizardModel } from './wizard-view';

/** Sets a select's options to these values, keeping the reader's choice when it is still there. */
function setOptions(select: HTMLSelectElement, values: readonly string[], chosen: string | null) {
  const current = [...select.options].map((option) => option.value);
  if (current.length !== values.length || current.some((value, i) => value !== values[i])) {
    select.replaceChildren(...values.map((value) => el('option', { value }, value)));
  }
  if (chosen !== null && values.includes(chosen) && select.value !== chosen) select.value = chosen;
}

/**
 * The Apply wizard: pick a profile and a host, read vCenter's plan for it (the changes, whether
 * maintenance mode is needed, why it would be refused), type the host's own values (4.1 has no
 * answer files), apply. The lab checks the values and says what is wrong; the wizard marks the
 * field the reason names and keeps what the reader typed.
 */
class ApplyWizardElement extends LabWidget {
  private profile: string | null = null;
  private chosenHost = '';

  protected setup() {
    this.chosenHost = this.attrs.host;
    this.listen(this, 'change', this.onChange);
    this.listen(this, 'submit', this.onSubmit);
  }

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  private onChange = (event: Event) => {
    const target = event.target as HTMLSelectElement;
    if (target.dataset.part === 'profile') this.profile = target.value;
    else if (target.dataset.part === 'host') this.chosenHost = target.value;
    else return;
    setText(this.piece('refused'), '');
    setText(this.piece('status'), '');
    this.redraw();
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    const lab = this.lab();
    if (!lab) return;
    const model = wizardModel(lab, this.profile, this.chosenHost);
    const values: Record<string, string> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-key]')) values[input.dataset.key!] = input.value.trim();
    const changes = model.changes.length;
    const outcome = sendEvent(this.attrs.lab, { type: 'profile-apply', profile: model.profile ?? '', host: model.host, values });
    const refusal = outcome?.refused?.message ?? '';
    setText(this.piece('refused'), refusal);
    setText(this.piece('status'), outcome && !outcome.refused ? text.applied(model.profile ?? '', model.host, changes) : '');
    const wrong = refusal ? askNamedIn(model.asks, refusal) : undefined;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-key]')) {
      if (wrong && input.dataset.key === wrong.key) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      } else input.removeAttribute('aria-invalid');
    }
  };

  private redraw() {
    const host = this.host();
    if (host) this.render(host);
  }

  protected render(_host: HostState) {
    const model = wizardModel(this.lab()!, this.profile, this.chosenHost);
    // The wanted host stays wanted while vCenter does not manage it yet (esx04 before it is added).
    this.profile = model.profile;
    setOptions(this.piece<HTMLSelectElement>('profile'), model.profiles, model.profile);
    setOptions(this.piece<HTMLSelectElement>('host'), model.hosts, model.host);
    setText(this.piece('none'), model.none);
    this.piece('none').hidden = model.none === '';
    this.piece('plan').hidden = model.changes.length === 0;
    setText(this.piece('changes-heading'), model.changesHeading);
    const list = this.piece('changes');
    const lines = model.changes.map(changeLine);
    if ([...list.children].map((item) => item.textContent).join('\n') !== lines.join('\n')) {
      list.replaceChildren(...model.changes.map((change) => el('li', { 'data-needs-maintenance': String(change.needsMaintenance) }, changeLine(change))));
    }
    setText(this.piece('maintenance'), model.maintenance);
    setText(this.piece('blocked'), model.blocked);
    this.piece('blocked').hidden = model.blocked === '';
    this.renderAsks(model);
    const apply = this.piece<HTMLButtonElement>('apply');
    setText(apply, model.applyLabel);
    apply.disabled = model.profile === null;
  }

  /** One labelled field per value the plan asks for; fields of the same asks keep what was typed. */
  private renderAsks(model: WizardModel) {
    const box = this.piece('asks');
    box.hidden = model.asks.length === 0;
    setText(this.piece('asks-heading'), model.asksHeading);
    const list = this.piece('ask-list');
    const signature = model.asks.map((ask) => `${ask.key}\n${ask.label}`).join('\n');
    if (list.dataset.signature === signature) return;
    const id = this.dataset.id ?? 'esxi-wizard';
    const keep = new Map([...list.querySelectorAll<HTMLInputElement>('input[data-key]')].map((input) => [input.dataset.key, input.value]));
    list.dataset.signature = signature;
    list.replaceChildren(...model.asks.map((ask, index) => {
      const input = el('input', { id: `${id}-ask-${index}`, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', 'data-key': ask.key, 'aria-describedby': `${id}-hint-${index}` }) as HTMLInputElement;
      input.value = keep.get(ask.key) ?? '';
      return el('p', { 'data-key': ask.key }, el('label', { for: `${id}-ask-${index}` }, ask.label), input, el('span', { class: 'esxi-wizard__hint', id: `${id}-hint-${index}` }, ask.hint));
    }));
  }
}

defineElement('esxi-apply-wizard', ApplyWizardElement);
