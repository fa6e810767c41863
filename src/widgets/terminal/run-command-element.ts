import { $transcripts, sessionKey } from '../../stores/transcripts';
import { ensureLab } from '../../stores/labs';
import { runLine } from '../../stores/shell';
import { UI } from '../../ui/strings';
import { defineElement } from '../shared/define';

/**
 * A tap-to-run chip for phone readers: runs its command in the lab's shell (every terminal
 * on that session shows it) and also shows the output right under the chip.
 */
class RunCommandElement extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', this.onClick);
  }

  private onClick = async () => {
    const lab = this.getAttribute('lab') ?? '';
    const host = this.getAttribute('host') ?? 'esx01';
    const command = this.getAttribute('command') ?? '';
    const output = this.querySelector('output')!;
    if (!ensureLab(lab, this.getAttribute('preset') ?? '')) {
      output.textContent = UI.terminal.noLab(lab);
      output.hidden = false;
      return;
    }
    const before = $transcripts.get()[sessionKey(lab, host)]?.length ?? 0;
    await runLine(lab, host, command);
    const lines = $transcripts.get()[sessionKey(lab, host)] ?? [];
    output.textContent = lines.slice(Math.min(before, lines.length)).map((line) => line.text).join('\n');
    output.hidden = false;
  };
}

defineElement('esxi-run-command', RunCommandElement);
