import { h } from './dom';
import { absentNote, heatmap, statusLegend, suggestionReason, type Gaps } from './gaps';
import { language, labelOf, t } from './i18n';
import type { NetworkMap } from './map';
import { helixBadge } from './panel';

/** As many suggestions as fit the report's one page beside the matrix. */
const PRINTED_SUGGESTIONS = 6;

/**
 * What the print stylesheet prints instead of the live page: the map as a picture (WebGL
 * canvases do not print) with its legend, then a one-page gap report for the same scope (helix
 * matrix, absent helices, suggestions, the date) for planning documents.
 */
export function printReport(map: NetworkMap, legend: HTMLElement | null, gaps: Gaps | null, scopeText: string): HTMLElement[] {
  const date = new Date().toLocaleDateString(language() === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const heading = (title: string) => h('header', { class: 'print-header' }, h('h2', {}, title), h('p', {}, `${t('reportScope')}: ${scopeText} · ${t('reportPrinted', { date })}`));
  const pages: HTMLElement[] = [
    h(
      'section',
      { class: 'print-page', 'data-testid': 'print-map' },
      heading(t('title')),
      h('img', { class: 'print-map', alt: t('title'), src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(map.toSvg())}` }),
      legend ? (legend.cloneNode(true) as HTMLElement) : null,
    ),
  ];
  if (gaps) {
    pages.push(
      h(
        'section',
        { class: 'print-page', 'data-testid': 'print-gaps' },
        heading(t('gapReportTitle')),
        h('p', {}, `${t('mapSummary', { nodes: gaps.stakeholderCount, edges: gaps.tieCount })} · ${t('balance')} ${gaps.balance.score.toFixed(2)} — ${t('balanceExplained')}`),
        h('h3', {}, t('gapsMatrix')),
        heatmap(gaps),
        statusLegend(),
        absentNote(gaps),
        h('h3', {}, t('suggestions')),
        h(
          'ol',
          { class: 'suggestions' },
          ...gaps.suggestions.slice(0, PRINTED_SUGGESTIONS).map((s) =>
            h(
              'li',
              {},
              helixBadge(s.a.helix), ` ${s.a.name} + `, helixBadge(s.b.helix), ` ${s.b.name}`,
              s.fillsAbsentHelix ? ` (${t('fillsAbsent', { helix: labelOf(s.fillsAbsentHelix) })})` : '',
              h('br', {}),
              h('small', {}, suggestionReason(s, gaps.matrix)),
            ),
          ),
        ),
      ),
    );
  }
  return pages;
}
