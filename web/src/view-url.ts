import { HELICES, type Helix } from './helix';
import type { Scope } from './state';

export type Tab = 'panel' | 'paths' | 'gaps' | 'grid' | 'edit' | 'report';
const TABS: Tab[] = ['panel', 'paths', 'gaps', 'grid', 'edit', 'report'];

/** What the address holds: the filters, the size metric, the selected stakeholder and the tab. */
export interface View extends Scope {
  metric?: string;
  selected: string | null;
  tab?: Tab;
}

/** The view named by the page's address; unknown values are dropped, not trusted. */
export function readView(search = location.search): View {
  const params = new URLSearchParams(search);
  const value = (name: string) => params.get(name) || undefined;
  const helices = (params.get('helices') ?? '').split(',').filter((x): x is Helix => (HELICES as readonly string[]).includes(x));
  const tab = value('tab');
  const asOf = value('asOf');
  return {
    region: value('region'),
    program: value('program'),
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
    helices: helices.length ? helices : undefined,
    metric: value('metric'),
    selected: value('stakeholder') ?? null,
    tab: TABS.includes(tab as Tab) ? (tab as Tab) : undefined,
  };
}

/** Puts the view in the address without a new history entry per click. */
export function writeView(view: View): void {
  const params = new URLSearchParams();
  if (view.region) params.set('region', view.region);
  if (view.program) params.set('program', view.program);
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.helices?.length) params.set('helices', view.helices.join(','));
  if (view.metric && view.metric !== 'PAGERANK') params.set('metric', view.metric);
  if (view.selected) params.set('stakeholder', view.selected);
  if (view.tab && view.tab !== 'panel') params.set('tab', view.tab);
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}
