import { query } from './api';
import { h } from './dom';
import { editable } from './editable';
import { errorView } from './errors';
import { keepEvidence } from './forms';
import { t } from './i18n';
import type { Collaboration, Participation } from './panel';
import { ADD_PARTICIPANT, DELETE_COLLABORATION, RECORD_COLLABORATION, REMOVE_PARTICIPANT } from './queries';

/** A fact to delete, and how to write it back exactly as it was (the undo). */
export interface Removal {
  label: string;
  remove(): Promise<unknown>;
  restore(): Promise<unknown>;
}

const present = <T>(value: T | null) => value ?? undefined;

export function collaborationRemoval(c: Collaboration): Removal {
  return {
    label: c.name,
    remove: () => query(DELETE_COLLABORATION, { id: c.id }),
    restore: () =>
      query(RECORD_COLLABORATION, {
        input: {
          id: c.id,
          name: c.name,
          kind: c.kind,
          parties: c.parties.map((p) => ({ stakeholderId: p.stakeholder.id, role: present(p.role) })),
          strength: c.strength,
          status: c.status,
          startedOn: present(c.startedOn),
          endedOn: present(c.endedOn),
          programId: present(c.program?.id ?? null),
          description: present(c.description),
          evidence: keepEvidence(c.evidence),
        },
      }),
  };
}

export function participationRemoval(stakeholderId: string, p: Participation): Removal {
  return {
    label: p.program.name,
    remove: () => query(REMOVE_PARTICIPANT, { stakeholderId, programId: p.program.id, role: p.role }),
    restore: () =>
      query(ADD_PARTICIPANT, {
        input: { stakeholderId, programId: p.program.id, role: p.role, startedOn: present(p.startedOn), endedOn: present(p.endedOn), description: present(p.description), evidence: keepEvidence(p.evidence) },
      }),
  };
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** The notice after a delete, with its undo; it stays 20 seconds. */
function toast(...children: Array<Node | string>): void {
  let element = document.getElementById('toast');
  if (!element) {
    element = h('div', { id: 'toast', class: 'toast', role: 'status', 'data-testid': 'toast' });
    document.body.append(element);
  }
  element.replaceChildren(...children);
  element.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (element.hidden = true), 20_000);
}

/**
 * A Delete button that asks first (in place, naming what goes), deletes, and offers an undo that
 * writes the fact back with its evidence. `changed` redraws what shows it. Disabled when the caller
 * may not change the fact (`canEdit`).
 */
export function deleteButton(removal: Removal, changed: () => void, canEdit = true): HTMLElement {
  const wrapper = h('span', { class: 'delete' });
  const ask = () =>
    wrapper.replaceChildren(
      h('span', { class: 'confirm' }, ` ${t('confirmDelete', { name: removal.label })} `),
      h('button', { type: 'button', class: 'small danger', 'data-testid': 'confirm-delete', onclick: () => void run() }, t('delete')),
      h('button', { type: 'button', class: 'small secondary', onclick: () => wrapper.replaceChildren(start) }, t('cancel')),
    );
  const start = editable(h('button', { type: 'button', class: 'small secondary', 'data-testid': 'delete', onclick: ask }, t('delete')), canEdit);
  const run = async () => {
    try {
      await removal.remove();
      changed();
      const undo = h('button', { type: 'button', class: 'small', 'data-testid': 'undo', onclick: () => void restore() }, t('undo'));
      toast(t('deleted', { name: removal.label }), ' ', undo);
    } catch (error) {
      wrapper.replaceChildren(start, errorView(error));
    }
  };
  const restore = async () => {
    try {
      await removal.restore();
      changed();
      toast(t('restored', { name: removal.label }));
    } catch (error) {
      toast(errorView(error));
    }
  };
  wrapper.append(start);
  return wrapper;
}
