import type { Dataset } from '../domain/dataset.js';

/** The most items an editor's draft of one report may carry (a long report proposes about a hundred). */
export const ONE_REPORT_MAX_ITEMS = 1000;

/**
 * What makes a dataset "the draft of one report", the only import an EDITOR may make (the
 * whole-graph import stays ADMIN): exactly one source; every stakeholder, programme,
 * participation, collaboration and office carries evidence, and all evidence cites that source;
 * every person comes with an office (people enter the graph through what the report says they
 * hold); at most ONE_REPORT_MAX_ITEMS items. Returns what breaks the rule, with paths.
 */
export function oneReportProblems(data: Dataset): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (data.sources.length !== 1) problems.push({ field: 'sources', message: `a draft of one report has exactly one source, not ${data.sources.length}` });
  const sourceId = data.sources[0]?.id;
  const cited = (field: string, evidence: Array<{ sourceId: string }>) => {
    if (evidence.length === 0) problems.push({ field: `${field}.evidence`, message: 'every fact of a report draft quotes the report' });
    evidence.forEach((e, i) => {
      if (e.sourceId !== sourceId) problems.push({ field: `${field}.evidence.${i}.sourceId`, message: `must cite the draft's source "${sourceId ?? ''}", not "${e.sourceId}"` });
    });
  };
  data.stakeholders.forEach((s, i) => cited(`stakeholders.${i}`, s.evidence));
  data.programs.forEach((p, i) => cited(`programs.${i}`, p.evidence));
  data.participations.forEach((p, i) => cited(`participations.${i}`, p.evidence));
  data.collaborations.forEach((c, i) => cited(`collaborations.${i}`, c.evidence));
  data.people.forEach((p, i) => {
    if (p.offices.length === 0) problems.push({ field: `people.${i}.offices`, message: 'a person in a report draft comes with the office the report names' });
    p.offices.forEach((o, j) => cited(`people.${i}.offices.${j}`, o.evidence));
  });
  const items = Object.values(data).reduce((n, list: unknown[]) => n + list.length, 0);
  if (items > ONE_REPORT_MAX_ITEMS) problems.push({ field: '', message: `a draft of one report has at most ${ONE_REPORT_MAX_ITEMS} items, not ${items}` });
  return problems;
}
