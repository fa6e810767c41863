import type { GroupScore } from './breakdown';
import type { NavigatorItem } from './review';

/** DOM pieces of <esxi-exam> made by script: text only, never HTML. */

/** One button per question, named by its number and state; built once per attempt, updated in place. */
export function showNavigator(list: HTMLElement, items: readonly NavigatorItem[]) {
  if (list.children.length !== items.length) {
    list.replaceChildren(
      ...items.map((item) => {
        const entry = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.action = 'goto';
        button.dataset.goto = String(item.number - 1);
        button.textContent = String(item.number);
        entry.append(button);
        return entry;
      }),
    );
  }
  items.forEach((item, index) => {
    const button = list.children[index]!.querySelector('button')!;
    button.setAttribute('aria-label', item.label);
    button.toggleAttribute('data-answered', item.answered);
    button.toggleAttribute('data-flagged', item.flagged);
  });
}

/** A breakdown table's rows: each group's name (a link where it is taught), right, questions. */
export function fillBreakdown(body: HTMLElement, groups: readonly GroupScore[], hrefOf: (name: string) => string) {
  body.replaceChildren(
    ...groups.map((group) => {
      const row = document.createElement('tr');
      const name = document.createElement('td');
      const href = hrefOf(group.name);
      if (href) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = group.name;
        name.append(link);
      } else name.textContent = group.name;
      row.append(name);
      for (const text of [String(group.correct), String(group.total)]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }),
  );
}
