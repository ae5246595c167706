import { ApiError, query } from './api';
import { debounce, h } from './dom';
import { HELIX_COLORS, type Helix } from './helix';
import { labelOf, t } from './i18n';
import { SEARCH, SEARCH_FIRST } from './queries';
import type { SearchQuery } from './generated/operations';

export interface StakeholderRef {
  id: string;
  name: string;
  helix: Helix;
}

type Hit = SearchQuery['search'][number];

/**
 * A search field with instant results under it (Query.search, debounced so typing does not
 * send a request per key). Only stakeholders can be picked (or, with `picks: 'people'`, only
 * people: a follow-up's owner); the rest is listed as context.
 * Used by the header search and by the path finder's two pickers.
 */
export function attachSearch(input: HTMLInputElement, onPick: (stakeholder: StakeholderRef) => void, picks: 'stakeholders' | 'people' = 'stakeholders'): { clear(): void } {
  const list = h('ul', { class: 'search-results', role: 'listbox', hidden: true });
  input.after(list);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('role', 'combobox');
  let sequence = 0;
  let active = -1;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const options = () => [...list.querySelectorAll<HTMLLIElement>('li[data-id]')];
  const pick = (item: HTMLLIElement) => {
    const { id = '', name = '', helix = 'GOVERNMENT' } = item.dataset;
    input.value = name;
    close();
    onPick({ id, name, helix: helix as Helix });
  };

  const show = (hits: Hit[]) => {
    list.replaceChildren(
      ...hits.map(({ node }) =>
        node.__typename === 'Stakeholder'
          ? picks === 'stakeholders'
            ? h(
                'li',
                { role: 'option', 'data-id': node.id, 'data-name': node.name, 'data-helix': node.helix, onclick: (e: Event) => pick(e.currentTarget as HTMLLIElement) },
                h('span', { class: 'dot', style: `background:${HELIX_COLORS[node.helix]}` }),
                h('span', {}, node.name),
                node.aliases.length ? h('small', {}, ` ${node.aliases.slice(0, 2).join(', ')}`) : null,
              )
            : h('li', { class: 'program-hit' }, node.name)
          : node.__typename === 'Program'
            ? h('li', { class: 'program-hit' }, h('small', {}, labelOf(node.kind)), ` ${node.name}`)
            : picks === 'people'
              ? h('li', { role: 'option', 'data-id': node.id, 'data-name': node.name, onclick: (e: Event) => pick(e.currentTarget as HTMLLIElement) }, node.name, node.offices[0] ? h('small', {}, ` ${node.offices[0].title}`) : null)
              : h('li', { class: 'program-hit' }, node.name, node.offices[0] ? h('small', {}, ` ${node.offices[0].title}`) : null),
      ),
    );
    if (!hits.length) list.append(h('li', { class: 'empty' }, t('noResults')));
    list.hidden = false;
  };

  const run = debounce(async (text: string) => {
    const mine = ++sequence;
    try {
      const data = await query<SearchQuery>(SEARCH, { text, first: SEARCH_FIRST });
      // A slower answer to an older text must not replace a newer one.
      if (mine === sequence) show(data.search);
    } catch (error) {
      if (mine === sequence) list.replaceChildren(h('li', { class: 'empty error' }, error instanceof ApiError ? error.message : String(error)));
      list.hidden = false;
    }
  }, 200);

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text.length === 0) {
      sequence++;
      close();
      return;
    }
    run(text);
  });
  input.addEventListener('keydown', (event) => {
    const items = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % Math.max(items.length, 1);
      items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    } else if (event.key === 'Enter') {
      const item = items[Math.max(active, 0)];
      if (item && !list.hidden) {
        event.preventDefault();
        pick(item);
      }
    } else if (event.key === 'Escape') close();
  });
  // Closing waits a moment so a click or tap on a result lands before the list goes away.
  input.addEventListener('blur', () => setTimeout(close, 200));
  return {
    clear() {
      input.value = '';
      close();
    },
  };
}
