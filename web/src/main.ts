import './style.css';
import { ApiError, apiKey, query } from './api';
import { byId, h } from './dom';
import { errorView } from './errors';
import { scopePlaces, setWriteScope } from './editable';
import { EditorForms, type Options } from './forms';
import { FollowUpList } from './follow-ups';
import { ChangeView } from './change';
import { DuplicatesView } from './duplicates';
import { GapsView } from './gaps';
import { GridView } from './grid';
import { HELICES, HELIX_COLORS, type Helix } from './helix';
import { applyLabels, labelOf, language, onLanguageChange, setLanguage, t } from './i18n';
import { LiveUpdates } from './live';
import { NetworkMap } from './map';
import { MapTools } from './map-tools';
import { StakeholderPanel, type EditActions } from './panel';
import { PathFinder } from './paths';
import { ReportView } from './report';
import { printReport } from './print';
import { FILTER_OPTIONS, INFLUENCE_FIRST, MAP, MAP_LIMIT, VIEWER } from './queries';
import { attachSearch } from './search';
import { canEdit, type Role, type Scope } from './state';
import { readView, writeView, type Tab } from './view-url';
import type { FilterOptionsQuery, MapQuery, ViewerQuery } from './generated/operations';

/** The caller as Query.viewer reported it, or why it could not. */
type Caller = { kind: 'known'; role: Role; authenticated: boolean; scope: ViewerQuery['viewer']['scope'] } | { kind: 'needs-key' } | { kind: 'failed'; message: string };

let caller: Caller = { kind: 'needs-key' };
let role: Role | null = null;
let options: Options = { regions: [], programs: [], sources: [] };
let mapTruncated = false;
/** The view the address asked for, applied as the page's parts arrive (filters, selection, tab). */
const requested = readView();

const filters = byId<HTMLFormElement>('filters');
const mapStatus = byId('map-status');
const metric = () => (new FormData(filters).get('metric') as string | null) ?? 'PAGERANK';
const map = new NetworkMap(byId('map'), (id) => select(id));
const panel = new StakeholderPanel(byId('tab-panel'), (id) => select(id), () => ({
  scope: scope(),
  canSeeContacts: canEdit(role),
  edit: canEdit(role) ? editActions : null,
}));
const paths = new PathFinder(byId('tab-paths'), (ids) => map.showPath(ids), (id) => select(id), () => scope());
const gaps = new GapsView(byId('gaps-view'), (id) => select(id), (ids) => map.showPath(ids));
const change = new ChangeView(byId('change-view'), (id) => select(id), () => ({
  scope: scope(),
  metric: (new FormData(filters).get('metric') as string | null) ?? 'PAGERANK',
  canEdit: canEdit(role),
}));
const forms = new EditorForms(byId('forms'), () => options, () => {
  // An assessment moves the grid; any write may move what it shows beside it.
  gridLoaded = false;
  void loadMap();
  if (panel.stakeholder) void panel.show(panel.stakeholder.id);
  if (!byId('tab-followups').hidden) void followUps.load();
});
const followUps = new FollowUpList(byId('tab-followups'), (id) => select(id), () => ({ scope: scope(), canEdit: canEdit(role) }));
const duplicates = new DuplicatesView(byId('duplicates-view'), (id) => select(id), () => canEdit(role), () => {
  void loadMap();
  if (panel.stakeholder) void panel.show(panel.stakeholder.id);
});
/** Someone saved a change in the map's scope: draw it, and the open stakeholder if it changed. */
const live = new LiveUpdates(byId('live-status'), (event) => {
  void loadMap();
  const open = panel.stakeholder?.id;
  if (open && (event.kind === 'RELOAD' || event.stakeholders.includes(open) || event.items.some((i) => i.id === open))) void panel.show(open);
});
let gapsLoaded = false;
const grid = new GridView(byId('tab-grid'), (id) => select(id));
let gridLoaded = false;
const report = new ReportView(byId('tab-report'), () => canEdit(role), () => void start());
const tools = new MapTools(byId('map-area'), map, {
  clearSelection: () => clearSelection(),
  print: () => void printView(),
  metric: () => metric(),
});

/** The panel's Edit buttons: switch to the Edit tab with the matching form filled in. */
const editActions: EditActions = {
  stakeholder: (s) => { showTab('edit'); forms.editStakeholder(s); },
  collaboration: (c) => { showTab('edit'); forms.editCollaboration(c); },
  participation: (stakeholderId, p) => { showTab('edit'); forms.editParticipation(stakeholderId, p); },
  assess: (s) => { showTab('edit'); forms.assess(s.id, scope().program ?? scope().region); },
  logInteraction: (s) => { showTab('edit'); forms.logInteraction(s); },
  changed: () => {
    void loadMap();
    if (panel.stakeholder) void panel.show(panel.stakeholder.id);
  },
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

/** Opens a stakeholder in the panel and on the map; a shared address may keep its own tab. */
function select(id: string, tab: Tab | null = 'panel'): void {
  if (tab) showTab(tab);
  map.showPath([]);
  map.focus(id);
  void panel.show(id);
  updateUrl();
}

function clearSelection(): void {
  map.showPath([]);
  map.focus(null);
  panel.clear();
  updateUrl();
}

function currentTab(): Tab {
  return (document.querySelector<HTMLButtonElement>('[data-tab][aria-selected="true"]')?.dataset.tab as Tab | undefined) ?? 'panel';
}

/** The address always reopens this view: filters, the selected stakeholder and the tab. */
function updateUrl(): void {
  writeView({ ...scope(), metric: metric(), selected: map.selection, tab: currentTab() });
}

/** The scope in words, for the printed report. */
function scopeText(): string {
  const s = scope();
  const name = (items: Array<{ id: string; name: string }>, id: string | undefined) => items.find((i) => i.id === id)?.name ?? id;
  const parts = [
    s.region ? `${t('region')}: ${name(options.regions, s.region)}` : '',
    s.program ? `${t('program')}: ${name(options.programs, s.program)}` : '',
    s.asOf ? `${t('date')} ${s.asOf}` : '',
    s.helices ? s.helices.map(labelOf).join(', ') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('wholeNetwork');
}

function preparePrint(): void {
  byId('print-report').replaceChildren(...printReport(map, document.querySelector('[data-testid=legend]'), gapsLoaded ? gaps.current : null, scopeText()));
}

/** Prints the map and the gap report of the current scope (loading the gaps first if needed). */
async function printView(): Promise<void> {
  if (!gapsLoaded || !gaps.current) {
    gapsLoaded = true;
    await gaps.load(scope());
  }
  preparePrint();
  window.print();
}

function showTab(tab: Tab): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  for (const name of ['panel', 'paths', 'gaps', 'grid', 'followups', 'edit', 'report'] as const) byId(`tab-${name}`).hidden = name !== tab;
  if (tab === 'followups') void followUps.load();
  // Reviewing a report needs room for its text and the table of proposals.
  const layout = document.querySelector('.layout');
  if (layout && layout.classList.contains('wide-side') !== (tab === 'report')) {
    layout.classList.toggle('wide-side', tab === 'report');
    // The map's canvas follows its narrower or wider area.
    window.dispatchEvent(new Event('resize'));
  }
  if (tab === 'edit') void duplicates.load(scope().region);
  if (tab === 'gaps' && !gapsLoaded) {
    gapsLoaded = true;
    void gaps.load(scope());
    change.reset();
  }
  if (tab === 'grid' && !gridLoaded) {
    gridLoaded = true;
    void grid.load(scope());
  }
  updateUrl();
}

let mapRequests = 0;

async function loadMap(): Promise<void> {
  // Filters can change faster than the map loads: only the latest request may draw.
  const mine = ++mapRequests;
  mapStatus.textContent = t('loading');
  // Tests and readers alike wait for data-nodes: it is set again only once the new map is drawn.
  delete mapStatus.dataset.nodes;
  try {
    const data = await query<MapQuery>(MAP, { scope: scope(), metric: metric(), limit: MAP_LIMIT, first: INFLUENCE_FIRST });
    if (mine !== mapRequests) return;
    const scores = new Map(data.influence.entries.map((e) => [e.stakeholder.id, e.score]));
    map.render(data.networkOf.nodes.map((n) => n.stakeholder), data.networkOf.edges, scores);
    live.follow(scope(), data.graphVersion);
    mapTruncated = data.networkOf.truncated;
    renderMapStatus();
    // A shared address's selection opens once its stakeholder is drawn.
    if (requested.selected) {
      const id = requested.selected;
      requested.selected = null;
      select(id, null);
    }
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
  const fill = (selectElement: HTMLSelectElement, items: Array<{ id: string; name: string }>, wanted: string | undefined) => {
    const chosen = selectElement.value || wanted || '';
    selectElement.replaceChildren(h('option', { value: '' }, t('all')), ...items.map((item) => h('option', { value: item.id }, item.name)));
    selectElement.value = chosen;
  };
  fill(byId('filter-region'), options.regions, requested.region);
  fill(byId('filter-program'), options.programs, requested.program);
  requested.region = requested.program = undefined;
  if (canEdit(role)) forms.render();
}

function renderHelixFilter(): void {
  const fieldset = byId('filter-helices');
  const checked = new Set<string>([...new FormData(filters).getAll('helices').map(String), ...(requested.helices ?? [])]);
  requested.helices = undefined;
  fieldset.replaceChildren(
    h('span', { class: 'label' }, t('helices')),
    ...HELICES.map((helix) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'helices', value: helix, checked: checked.has(helix) }), h('span', { class: 'dot', style: `background:${HELIX_COLORS[helix]}` }), labelOf(helix)),
    ),
  );
}

let viewerRequests = 0;
/** The last key entered was refused: it was forgotten, and the page says so. */
let keyRejected = false;

/** Asks who the caller is; false when a newer key was entered meanwhile (its answer decides). */
async function loadViewer(): Promise<boolean> {
  const mine = ++viewerRequests;
  let answer: Caller;
  try {
    answer = { kind: 'known', ...(await query<ViewerQuery>(VIEWER)).viewer };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && apiKey.get() && mine === viewerRequests) {
      // A wrong key would blank every later visit: forget it, and read as an anonymous visitor.
      apiKey.set('');
      byId<HTMLInputElement>('api-key').value = '';
      keyRejected = true;
      return loadViewer();
    }
    answer = error instanceof ApiError && error.code === 'UNAUTHENTICATED' ? { kind: 'needs-key' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (mine !== viewerRequests) return false;
  caller = answer;
  role = caller.kind === 'known' ? caller.role : null;
  setWriteScope(caller.kind === 'known' ? caller.scope : null);
  renderViewer();
  if (!canEdit(role)) byId('forms').replaceChildren();
  return true;
}

function renderViewer(): void {
  const badge = byId('role');
  // A scoped editor sees where it may write beside its role (the API refuses writes elsewhere).
  const places = caller.kind === 'known' && caller.scope ? scopePlaces() : null;
  badge.textContent =
    caller.kind === 'known'
      ? t('roleLabel', { role: caller.authenticated ? caller.role : `${caller.role} (${t('anonymous')})` }) + (places !== null ? ` · ${t('scopeLabel', { places })}` : '')
      : caller.kind === 'needs-key'
        ? t('needKey')
        : caller.message;
  badge.dataset.role = role ?? 'NONE';
  const rejected = byId('key-rejected');
  rejected.hidden = !keyRejected;
  rejected.textContent = t('keyRejected');
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
  // The filters may have just been set from the address: what depends on them follows.
  gapsLoaded = gridLoaded = false;
  if (!byId('tab-gaps').hidden) showTab('gaps');
  if (!byId('tab-grid').hidden) showTab('grid');
  paths.renderFilters();
  tools.render();
  await loadMap();
}

function wire(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) button.addEventListener('click', () => showTab(button.dataset.tab as Tab));
  attachSearch(byId<HTMLInputElement>('search'), (s) => select(s.id));
  filters.addEventListener('change', (event) => {
    void loadMap();
    updateUrl();
    tools.render();
    paths.renderFilters();
    // The metric only changes node sizes; the other filters change what gaps and figures cover.
    if ((event.target as HTMLElement).id === 'filter-metric') return;
    gapsLoaded = gridLoaded = false;
    if (!byId('tab-gaps').hidden) showTab('gaps');
    if (!byId('tab-grid').hidden) showTab('grid');
    if (!byId('tab-followups').hidden) void followUps.load();
    if (panel.stakeholder) void panel.show(panel.stakeholder.id);
  });
  const keyInput = byId<HTMLInputElement>('api-key');
  keyInput.value = apiKey.get();
  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    apiKey.set(keyInput.value);
    keyRejected = false;
    void start();
  });
  byId('language').addEventListener('click', () => setLanguage(language() === 'en' ? 'id' : 'en'));
  // "/" jumps to the search (as on most sites), Escape clears the selection.
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId<HTMLInputElement>('search').focus();
    } else if (event.key === 'Escape' && !typing) {
      clearSelection();
    }
  });
  window.addEventListener('beforeprint', preparePrint);
  onLanguageChange(() => {
    renderHelixFilter();
    // The filters' "All" choice was written in the language of the moment they were filled.
    for (const id of ['filter-region', 'filter-program']) {
      const first = byId<HTMLSelectElement>(id).options[0];
      if (first?.value === '') first.textContent = t('all');
    }
    panel.render();
    paths.render();
    paths.renderFilters();
    tools.render();
    gaps.render();
    grid.render();
    change.render();
    report.render();
    if (canEdit(role)) forms.render();
    if (mapStatus.dataset.nodes) renderMapStatus();
    renderViewer();
  });
}

if (requested.asOf) byId<HTMLInputElement>('filter-date').value = requested.asOf;
if (requested.metric) byId<HTMLSelectElement>('filter-metric').value = requested.metric;
renderHelixFilter();
applyLabels();
showTab(requested.tab ?? 'panel');
panel.render();
report.render();
wire();
void start();
