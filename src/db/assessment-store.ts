import { groupedInKeyOrder, inKeyOrder } from './batch.js';
import type { Database } from './database.js';
import { assessmentRow, parseRows, type AssessmentRow } from './rows.js';
import { startedBy } from './time.js';

/** An assessment `a` with its stakeholder `s` and scope `g` bound. */
const ASSESSMENT_MATCH = '(s:Stakeholder)<-[:ASSESSES]-(a:Assessment)-[:WITHIN]->(g:Entity)';
const ASSESSMENT_FIELDS = `{ id: a.id, stakeholderId: s.id, scopeId: g.id, scopeType: CASE WHEN g:Program THEN 'Program' ELSE 'Region' END,
  assessedOn: toString(a.assessedOn), power: a.power, interest: a.interest, position: a.position, attitude: a.attitude,
  comment: a.comment, assessedBy: a.assessedBy, createdAt: toString(a.createdAt), updatedAt: toString(a.updatedAt) }`;

/** Made by $asOf (an assessment always has a day); null: all of them. */
const ASSESSED_BY_AS_OF = `($asOf IS NULL OR ${startedBy('a.assessedOn')})`;

export class AssessmentStore {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(AssessmentRow | null)[]> {
    const rows = await this.db.query<{ row: unknown }>(
      'assessment.by_ids',
      `UNWIND $ids AS id MATCH ${ASSESSMENT_MATCH} WHERE a.id = id RETURN ${ASSESSMENT_FIELDS} AS row`,
      { ids },
    );
    return inKeyOrder(ids, parseRows(assessmentRow, rows.map((r) => r.row), 'assessment.by_ids'), (r) => r.id);
  }

  /** Each stakeholder's assessments made by `asOf`, in one scope or all, newest first. */
  async ofStakeholders(ids: readonly string[], scope: string | null, asOf: string | null): Promise<AssessmentRow[][]> {
    const rows = await this.db.query<{ row: unknown }>(
      'stakeholder.assessments',
      `UNWIND $ids AS id
       MATCH ${ASSESSMENT_MATCH} WHERE s.id = id AND ($scope IS NULL OR g.id = $scope) AND ${ASSESSED_BY_AS_OF}
       RETURN ${ASSESSMENT_FIELDS} AS row ORDER BY a.assessedOn DESC, g.id`,
      { ids, scope, asOf },
    );
    return groupedInKeyOrder(ids, parseRows(assessmentRow, rows.map((r) => r.row), 'stakeholder.assessments'), (r) => r.stakeholderId);
  }

  /** The latest assessment made by `asOf` of each stakeholder assessed within a scope. */
  async latestInScope(scope: string, asOf: string | null): Promise<AssessmentRow[]> {
    const rows = await this.db.query<{ row: unknown }>(
      'assessment.latest_in_scope',
      `MATCH ${ASSESSMENT_MATCH} WHERE g.id = $scope AND ${ASSESSED_BY_AS_OF}
       WITH s, g, a ORDER BY a.assessedOn DESC
       WITH s, g, head(collect(a)) AS a
       RETURN ${ASSESSMENT_FIELDS} AS row ORDER BY s.id`,
      { scope, asOf },
    );
    return parseRows(assessmentRow, rows.map((r) => r.row), 'assessment.latest_in_scope');
  }

  /** The type of a scope id: a program, a region, or null when it is neither. */
  async scopeType(id: string): Promise<'Program' | 'Region' | null> {
    const [row] = await this.db.query<{ type: 'Program' | 'Region' }>(
      'assessment.scope_type',
      "MATCH (g:Entity {id: $id}) WHERE g:Program OR g:Region RETURN CASE WHEN g:Program THEN 'Program' ELSE 'Region' END AS type",
      { id },
    );
    return row?.type ?? null;
  }
}
