import './style.css';
import { ApiError, apiKey, query } from './api';
import { byId, h } from './dom';
import { errorView } from './errors';
import { EditorForms, type Options } from './forms';
import { ChangeView } from './change';
import { GapsView } from './gaps';
import { HELICES, HELIX_COLORS, type Helix } from './helix';
import { applyLabels, labelOf, language, onLanguageChange, setLanguage, t } from './i18n';
import { NetworkMap } from './map';
import { StakeholderPanel, type EditActions } from './panel';
import { PathFinder } from './paths';
import { ReportView } from './report';
import { FILTER_OPTIONS, INFLUENCE_FIRST, MAP, MAP_LIMIT, VIEWER } from './queries';
import { attachSearch } from './search';
import { canEdit, type Role, type Scope } from './state';
import type { FilterOptionsQuery, MapQuery, ViewerQuery } from './generated/operations';

type Tab = 'panel' | 'paths' | 'gaps' | 'edit' | 'report';

/** The caller as Query.viewer reported it, or why it could not. */
type Caller = { kind: 'known'; role: Role; authenticated: boolean } | { kind: 'needs-key' } | { kind: 'failed'; message: string };

let caller: Caller = { kind: 'needs-key' };
let role: Role | null = null;
let options: Options = { regions: [], programs: [], sources: [] };
let mapTruncated = false;

const filters = byId<HTMLFormElement>('filters');
const mapStatus = byId('map-status');
const map = new NetworkMap(byId('map'), (id) => select(id));
const panel = new StakeholderPanel(byId('tab-panel'), (id) => select(id), () => ({
  scope: scope(),
  canSeeContacts: canEdit(role),
  edit: canEdit(role) ? editActions : null,
}));
const paths = new PathFinder(byId('tab-paths'), (ids) => map.showPath(ids), (id) => select(id), () => scope().asOf);
const gaps = new GapsView(byId('gaps-view'), (id) => select(id), (ids) => map.showPath(ids));
const change = new ChangeView(byId('change-view'), (id) => select(id), () => ({
  scope: scope(),
  metric: (new FormData(filters).get('metric') as string | null) ?? 'PAGERANK',
  canEdit: canEdit(role),
}));
const forms = new EditorForms(byId('forms'), () => options, () => {
  void loadMap();
  if (panel.stakeholder) void panel.show(panel.stakeholder.id);
});
let gapsLoaded = false;
const report = new ReportView(byId('tab-report'), () => canEdit(role), () => void start());

/** The panel's Edit buttons: switch to the Edit tab with the matching form filled in. */
const editActions: EditActions = {
  stakeholder: (s) => { showTab('edit'); forms.editStakeholder(s); },
  collaboration: (c) => { showTab('edit'); forms.editCollaboration(c); },
  participation: (stakeholderId, p) => { showTab('edit'); forms.editParticipation(stakeholderId, p); },
};

/** The filters as an AnalysisScope; all five helices (or none) ticked means no helix filter. */
function scope(): Scope {
  const data = new FormData(filters);
  const helices = data.getAll('helices') as Helix[];
  const value = (name: string) => (data.get(name) as string | null) || undefined;
  return {
    ...(value('region') ? { region: value('region') } : {}),
    ...(value('program') ? { program: value('program') } : {}),
    ...(value('asOf') ? { asOf: value('asOf') } : {}),
    ...(helices.length && helices.length < HELICES.length ? { helices } : {}),
  };
}

function select(id: string): void {
  showTab('panel');
  map.showPath([]);
  map.focus(id);
  void panel.show(id);
}

function showTab(tab: Tab): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  for (const name of ['panel', 'paths', 'gaps', 'edit', 'report'] as const) byId(`tab-${name}`).hidden = name !== tab;
  // Reviewing a report needs room for its text and the table of proposals.
  const layout = document.querySelector('.layout');
  if (layout && layout.classList.contains('wide-side') !== (tab === 'report')) {
    layout.classList.toggle('wide-side', tab === 'report');
    // The map's canvas follows its narrower or wider area.
    window.dispatchEvent(new Event('resize'));
  }
  if (tab === 'gaps' && !gapsLoaded) {
    gapsLoaded = true;
    void gaps.load(scope());
    change.reset();
  }
}

let mapRequests = 0;

async function loadMap(): Promise<void> {
  // Filters can change faster than the map loads: only the latest request may draw.
  const mine = ++mapRequests;
  mapStatus.textContent = t('loading');
  // Tests and readers alike wait for data-nodes: it is set again only once the new map is drawn.
  delete mapStatus.dataset.nodes;
  try {
    const metric = (new FormData(filters).get('metric') as string | null) ?? 'PAGERANK';
    const data = await query<MapQuery>(MAP, { scope: scope(), metric, limit: MAP_LIMIT, first: INFLUENCE_FIRST });
    if (mine !== mapRequests) return;
    const scores = new Map(data.influence.entries.map((e) => [e.stakeholder.id, e.score]));
    map.render(data.networkOf.nodes.map((n) => n.stakeholder), data.networkOf.edges, scores);
    mapTruncated = data.networkOf.truncated;
    renderMapStatus();
  } catch (error) {
    if (mine === mapRequests) mapStatus.replaceChildren(errorView(error));
  }
}

function renderMapStatus(): void {
  mapStatus.textContent = `${t('mapSummary', { nodes: map.size.nodes, edges: map.size.edges })}${mapTruncated ? ` · ${t('truncated', { n: MAP_LIMIT })}` : ''}`;
  mapStatus.dataset.nodes = String(map.size.nodes);
}

async function loadOptions(): Promise<void> {
  const data = await query<FilterOptionsQuery>(FILTER_OPTIONS);
  options = { regions: data.regions, programs: data.programs.nodes, sources: data.sources };
  const fill = (selectElement: HTMLSelectElement, items: Array<{ id: string; name: string }>) => {
    const chosen = selectElement.value;
    selectElement.replaceChildren(h('option', { value: '' }, t('all')), ...items.map((item) => h('option', { value: item.id }, item.name)));
    selectElement.value = chosen;
  };
  fill(byId('filter-region'), options.regions);
  fill(byId('filter-program'), options.programs);
  if (canEdit(role)) forms.render();
}

function renderHelixFilter(): void {
  const fieldset = byId('filter-helices');
  const checked = new Set(new FormData(filters).getAll('helices'));
  fieldset.replaceChildren(
    h('span', { class: 'label' }, t('helices')),
    ...HELICES.map((helix) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'helices', value: helix, checked: checked.has(helix) }), h('span', { class: 'dot', style: `background:${HELIX_COLORS[helix]}` }), labelOf(helix)),
    ),
  );
}

let viewerRequests = 0;

/** Asks who the caller is; false when a newer key was entered meanwhile (its answer decides). */
async function loadViewer(): Promise<boolean> {
  const mine = ++viewerRequests;
  let answer: Caller;
  try {
    answer = { kind: 'known', ...(await query<ViewerQuery>(VIEWER)).viewer };
  } catch (error) {
    answer = error instanceof ApiError && error.code === 'UNAUTHENTICATED' ? { kind: 'needs-key' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (mine !== viewerRequests) return false;
  caller = answer;
  role = caller.kind === 'known' ? caller.role : null;
  renderViewer();
  if (!canEdit(role)) byId('forms').replaceChildren();
  return true;
}

function renderViewer(): void {
  const badge = byId('role');
  badge.textContent =
    caller.kind === 'known'
      ? t('roleLabel', { role: caller.authenticated ? caller.role : `${caller.role} (${t('anonymous')})` })
      : caller.kind === 'needs-key'
        ? t('needKey')
        : caller.message;
  badge.dataset.role = role ?? 'NONE';
  const readOnly = byId('read-only');
  readOnly.hidden = canEdit(role);
  readOnly.textContent = t('readOnly', { role: role ?? t('anonymous') });
}

/** Everything the caller's role decides: reloaded when the API key changes. */
async function start(): Promise<void> {
  if (!(await loadViewer())) return;
  panel.render();
  if (!role) return;
  try {
    await loadOptions();
  } catch (error) {
    mapStatus.replaceChildren(errorView(error));
  }
  gapsLoaded = false;
  await loadMap();
}

function wire(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) button.addEventListener('click', () => showTab(button.dataset.tab as Tab));
  attachSearch(byId<HTMLInputElement>('search'), (s) => select(s.id));
  filters.addEventListener('change', (event) => {
    void loadMap();
    // The metric only changes node sizes; the other filters change what gaps and figures cover.
    if ((event.target as HTMLElement).id === 'filter-metric') return;
    gapsLoaded = false;
    if (!byId('tab-gaps').hidden) showTab('gaps');
    if (panel.stakeholder) void panel.show(panel.stakeholder.id);
  });
  const keyInput = byId<HTMLInputElement>('api-key');
  keyInput.value = apiKey.get();
  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    apiKey.set(keyInput.value);
    void start();
  });
  byId('language').addEventListener('click', () => setLanguage(language() === 'en' ? 'id' : 'en'));
  onLanguageChange(() => {
    renderHelixFilter();
    panel.render();
    paths.render();
    gaps.render();
    change.render();
    report.render();
    if (canEdit(role)) forms.render();
    if (mapStatus.dataset.nodes) renderMapStatus();
    renderViewer();
  });
}

renderHelixFilter();
applyLabels();
showTab('panel');
panel.render();
report.render();
wire();
void start();
