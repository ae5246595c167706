/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Which part of the network a measure is computed over. */
export type AnalysisScope = {
  /** The network as it stood on this date: facts started by then (undated facts count). */
  asOf: string | null | undefined;
  /** Only stakeholders of these helices. */
  helices: Array<Helix> | null | undefined;
  /** Stakeholders taking part in this program (or its parts) or its collaborations. */
  program: string | number | null | undefined;
  /** Stakeholders working in this region or below it: based there, or taking part in a program held there (directly or through a collaboration under it). */
  region: string | number | null | undefined;
};

/** An assessment to record (upsert by stakeholder, scope and day: a second one on the same day corrects the first). */
export type AssessmentInput = {
  /** The day of the judgement, not after today. */
  assessedOn: string;
  /** How it engages, if judged. */
  attitude: Attitude | null | undefined;
  /** A note, up to 2,000 characters. */
  comment: string | null | undefined;
  /** Interest in the scope's outcomes: a whole number from 1 (very low) to 5 (very high). */
  interest: number;
  /** Where it stands. */
  position: Position;
  /** Power over the scope's outcomes: a whole number from 1 (very low) to 5 (very high). */
  power: number;
  /** Id of an existing program or region. */
  scopeId: string | number;
  /** Id of an existing stakeholder. */
  stakeholderId: string | number;
};

/** How a stakeholder engages: the engagement levels of the PMBOK Guide's stakeholder engagement assessment matrix. */
export type Attitude =
  /** Knows of it and works actively for its success. */
  | 'LEADING'
  /** Knows of it, neither supports nor resists. */
  | 'NEUTRAL'
  /** Knows of it and resists change. */
  | 'RESISTANT'
  /** Knows of it and supports it. */
  | 'SUPPORTIVE'
  /** Does not know of the program or its effects. */
  | 'UNAWARE';

/** The kinds of item a write changes. */
export type ChangedItemType =
  /** An assessment of a stakeholder. */
  | 'ASSESSMENT'
  /** A collaboration between stakeholders. */
  | 'COLLABORATION'
  /** An interaction of the engagement log. */
  | 'INTERACTION'
  /** A stakeholder's part in a program. */
  | 'PARTICIPATION'
  /** A person. */
  | 'PERSON'
  /** A program. */
  | 'PROGRAM'
  /** A region. */
  | 'REGION'
  /** An evidence source. */
  | 'SOURCE'
  /** A stakeholder (organisation). */
  | 'STAKEHOLDER';

/** A collaboration to record or replace (upsert by id). */
export type CollaborationInput = {
  /** What it is, in a few sentences. */
  description: string | null | undefined;
  /** Last day, if known (not before the first). */
  endedOn: string | null | undefined;
  /** Sources reporting it, each with the passage that says so. */
  evidence: Array<EvidenceInput> | null | undefined;
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: string | number;
  /** What kind of cooperation it is. */
  kind: CollaborationKind;
  /** Name (1-300 characters). */
  name: string;
  /** Two or more distinct stakeholders. */
  parties: Array<PartyInput>;
  /** Id of the program it belongs to, if any. */
  programId: string | number | null | undefined;
  /** First day, if known. */
  startedOn: string | null | undefined;
  /** ACTIVE when omitted. */
  status: CollaborationStatus | null | undefined;
  /** In (0, 1]; 0.5 when omitted. */
  strength: number | null | undefined;
};

/** What kind of cooperation a collaboration is. */
export type CollaborationKind =
  /** Advice or proposals. */
  | 'ADVISORY'
  /** A signed agreement (MoU, PKS). */
  | 'AGREEMENT'
  /** Hearing or consultation (RDP). */
  | 'CONSULTATION'
  /** Coordination of plans (rakor outcomes). */
  | 'COORDINATION'
  /** Corporate social responsibility (CSR, TJSLP). */
  | 'CSR'
  /** One party facilitates the other's work. */
  | 'FACILITATION'
  /** Any other kind of cooperation. */
  | 'OTHER'
  /** An ongoing partnership without a signed agreement. */
  | 'PARTNERSHIP'
  /** One party sponsors the other's activity. */
  | 'SPONSORSHIP';

/** Lifecycle of a collaboration. */
export type CollaborationStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Finished; endedOn says when. */
  | 'ENDED'
  /** Agreed or announced, not started yet (siap memfasilitasi). */
  | 'PLANNED';

/** Why two records look like one. */
export type DuplicateReasonKind =
  /** One name abbreviates the other: a standard abbreviation (Disnaker = Dinas Tenaga Kerja) or one spelled from the words (DPRD, Disdukcapil). */
  | 'ABBREVIATION'
  /** They belong to different helices, which makes one organisation less likely (counts against the pair). */
  | 'DIFFERENT_HELIX'
  /** Their names name different places (Disnaker Bontang, Disnaker Bekasi): two offices, not one (counts against the pair). */
  | 'DIFFERENT_PLACE'
  /** The names (or a name and an alias) are the same once case, punctuation, legal forms (PT, CV, Tbk) and the head words Dinas and Universitas are set aside. */
  | 'SAME_NAME'
  /** Both hold offices in these organisations (people). */
  | 'SHARED_ORGANISATIONS'
  /** Both work with these partners. */
  | 'SHARED_PARTNERS'
  /** Both work in these regions. */
  | 'SHARED_REGION'
  /** The names share most of their distinctive words (rare words weigh more than Kota or Bontang); a one-letter typo still counts. */
  | 'SIMILAR_NAME';

/** Where to look for duplicates. */
export type DuplicateScope = {
  /** Stakeholders working in this region or below it (the region rule of `stakeholders(where: {region})`), and the people holding offices in them. Everything when left out. */
  region: string | number | null | undefined;
};

/** Evidence to attach to a fact when writing it. */
export type EvidenceInput = {
  /** 1 = stated outright (default), lower = inferred; between 0 and 1. */
  confidence: number | null | undefined;
  /** The passage that states the fact (1-1000 characters). */
  quote: string;
  /** Id of an existing source. */
  sourceId: string | number;
};

/** Filters on follow-ups; all given conditions must hold. */
export type FollowUpFilter = {
  /** The log as it stood on this day: interactions by then, statuses and overdue on that day. */
  asOf: string | null | undefined;
  /** Only those open and past due (true), or not (false). */
  overdue: boolean | null | undefined;
  /** Owned by this person. */
  owner: string | number | null | undefined;
  /** Agreed at an interaction serving this programme or one of its parts. */
  program: string | number | null | undefined;
  /** Agreed at an interaction with a stakeholder that works in this region (the region rule of the map). */
  region: string | number | null | undefined;
  /** Agreed at an interaction with this stakeholder. */
  stakeholder: string | number | null | undefined;
  /** Only these statuses, as of `asOf` (default: OPEN). */
  statuses: Array<FollowUpStatus> | null | undefined;
};

/** A follow-up to record with an interaction. */
export type FollowUpInput = {
  /** When it was done or cancelled: only for DONE or CANCELLED (today when omitted). */
  closedOn: string | null | undefined;
  /** What was promised (1-1000 characters). */
  commitment: string;
  /** When it is due. */
  dueOn: string | null | undefined;
  /** Id of the person who is to do it. */
  ownerId: string | number | null | undefined;
  /** OPEN when omitted. */
  status: FollowUpStatus | null | undefined;
};

/** Where a follow-up stands. */
export type FollowUpStatus =
  /** No longer to be done; closedOn says since when. */
  | 'CANCELLED'
  /** Done; closedOn says when. */
  | 'DONE'
  /** Still to be done. */
  | 'OPEN';

/** What a graph change event says. */
export type GraphChangeKind =
  /** Writes committed; `items` and `stakeholders` say what they changed. */
  | 'CHANGED'
  /**
   * Versions went by that the change log does not describe (a bulk import, or more writes than the
   * log keeps while the client was away): read again whatever you show.
   */
  | 'RELOAD';

/** What makes an entry of the grid stand out. */
export type GridFlag =
  /**
   * Judged opposed (OPPOSES or STRONGLY_OPPOSES) while central in the scope's network: among the
   * best-connected quarter by partners, and with more than 2 of them.
   */
  | 'CENTRAL_BUT_OPPOSED'
  /** Judged powerful (power 4 or 5) but with few ties in the scope's network (2 partners or fewer): a hidden gatekeeper. */
  | 'HIDDEN_GATEKEEPER';

/** A cell of the power-interest grid (Mendelow). High means 4 or 5 on the 1-5 scale. */
export type GridQuadrant =
  /** Low power, high interest: keep them informed and listen to them. */
  | 'KEEP_INFORMED'
  /** High power, low interest: meet their needs, keep them satisfied. */
  | 'KEEP_SATISFIED'
  /** High power, high interest: involve them and work with them closely. */
  | 'MANAGE_CLOSELY'
  /** Low power, low interest: watch, with little effort. */
  | 'MONITOR';

/** The five helices of the pentahelix (Permenpar 14/2016: Academia, Business, Community, Government, Media). */
export type Helix =
  /** Universities, research institutes and schools. */
  | 'ACADEMIA'
  /** Companies, state-owned enterprises (BUMN), industrial estates and business associations. */
  | 'BUSINESS'
  /** Community organisations, NGOs and groups of citizens (MASATA, women's organisations). */
  | 'COMMUNITY'
  /** Central, provincial and local government, their offices (dinas, badan) and councils (DPRD). */
  | 'GOVERNMENT'
  /** News outlets and other media. */
  | 'MEDIA';

/** The importer's answer to a fuzzy match: this text in the file means this item. */
export type ImportConfirmation = {
  /** Id of the item it means. */
  id: string | number;
  /** The text as written in the file. */
  value: string;
};

/** One file of an import. */
export type ImportFileInput = {
  /** The content: text for JSON and CSV, base64 for XLSX. */
  content: string;
  /** File name; for CSV it names the sheet (`stakeholders.csv`, `kolaborasi.csv`). */
  name: string;
};

/** How the files of an import are written. */
export type ImportFormat =
  /** One CSV file per sheet (Sources, Regions, Stakeholders, Programs, Participations, Collaborations), named after it; `,` or `;` separated. */
  | 'CSV'
  /** The dataset format of seeds/pentahelix.json: collections of items that refer to each other by id. */
  | 'JSON'
  /** One workbook with a worksheet per sheet, base64-encoded. */
  | 'XLSX';

/** What to import and how. */
export type ImportInput = {
  /** Answers to fuzzy matches reported by an earlier attempt. */
  confirmations: Array<ImportConfirmation> | null | undefined;
  /** Check and count only: the import runs in a transaction that is rolled back. */
  dryRun: boolean | null | undefined;
  /** The files (1-20). */
  files: Array<ImportFileInput>;
  /** How the files are written. */
  format: ImportFormat;
};

/** A network measure of influence. */
export type InfluenceMetric =
  /** Share of shortest paths between others that pass through it, in [0, 1]: brokerage. */
  | 'BETWEENNESS'
  /** How close it is to everyone it can reach (Wasserman-Faust), in [0, 1]. */
  | 'CLOSENESS'
  /** Number of partners. */
  | 'DEGREE'
  /** Weighted eigenvector centrality (max-normalised to 1). */
  | 'EIGENVECTOR'
  /** How evenly its partners spread over the five helices: normalised entropy in [0, 1]. */
  | 'HELIX_DIVERSITY'
  /** Weighted PageRank (damping 0.85): partners of well-connected partners count more. Sums to 1. */
  | 'PAGERANK'
  /** Stakeholders within two hops. */
  | 'REACH'
  /** Sum of tie weights. */
  | 'WEIGHTED_DEGREE';

/** An interaction to log, or to replace (upsert by id). */
export type InteractionInput = {
  /** What was agreed to do next. */
  followUps: Array<FollowUpInput> | null | undefined;
  /** Stable id (a lowercase slug); made from the date, kind and subject when omitted (send one to make a retry idempotent). */
  id: string | number | null | undefined;
  /** Meeting, call, letter, visit or message. */
  kind: InteractionKind;
  /** Notes anyone who may read the graph may read (up to 5,000 characters). */
  notes: string | null | undefined;
  /** The day it took place. */
  occurredOn: string;
  /** Ids of the people taking part. */
  personIds: Array<string | number> | null | undefined;
  /** Notes for editors only (up to 5,000 characters). */
  privateNotes: string | null | undefined;
  /** Id of the programme it serves. */
  programId: string | number | null | undefined;
  /** Ids of the stakeholders taking part (with personIds, at least one in all). */
  stakeholderIds: Array<string | number> | null | undefined;
  /** What it was about (1-300 characters). */
  subject: string;
};

/** How a coordinator engaged with partners. */
export type InteractionKind =
  /** A telephone or video call. */
  | 'CALL'
  /** A letter sent or received (surat). */
  | 'LETTER'
  /** Met in person, in a group or one to one (rapat, audiensi). */
  | 'MEETING'
  /** A message: e-mail, WhatsApp, chat. */
  | 'MESSAGE'
  /** A visit to the partner's office or site (kunjungan). */
  | 'VISIT';

/** What a write did to an item. */
export type ItemChange =
  /** It did not exist before the write. */
  | 'CREATED'
  /** It existed before the write and no longer does. */
  | 'DELETED'
  /** It existed before and after the write. */
  | 'UPDATED';

/** Why no path was returned. */
export type NoPathReason =
  /** They are connected, but only by more hops than maxHops. */
  | 'MAX_HOPS_EXCEEDED'
  /** The two stakeholders are not connected under these options. */
  | 'NO_PATH'
  /** The search hit its time limit. */
  | 'TIMED_OUT';

/** A stakeholder taking part in a program (upsert by stakeholder, program and role). */
export type ParticipationInput = {
  /** What it did, in a sentence. */
  description: string | null | undefined;
  /** Not before startedOn. */
  endedOn: string | null | undefined;
  /** Sources reporting it, each with the passage that says so. */
  evidence: Array<EvidenceInput> | null | undefined;
  /** Id of an existing program. */
  programId: string | number;
  /** The role it plays. */
  role: ParticipationRole;
  /** Id of an existing stakeholder. */
  stakeholderId: string | number;
  /** First day, if known. */
  startedOn: string | null | undefined;
};

/** What a stakeholder did in a program. */
export type ParticipationRole =
  /** Advised on it (a proposal, a consultant's input). */
  | 'ADVISOR'
  /** Received an award in it. */
  | 'AWARDEE'
  /** Led the meeting (memimpin). */
  | 'CHAIR'
  /** Facilitated it (memfasilitasi). */
  | 'FACILITATOR'
  /** Funded it. */
  | 'FUNDER'
  /** Hosted it (tuan rumah). */
  | 'HOST'
  /** Conceived the program (menggagas). */
  | 'INITIATOR'
  /** Organised it (menyelenggarakan). */
  | 'ORGANIZER'
  /** Attended or took part. */
  | 'PARTICIPANT'
  /** Reported on it (media coverage). */
  | 'REPORTER'
  /** Spoke at it (narasumber). */
  | 'SPEAKER'
  /** Supported it. */
  | 'SUPPORTER';

/** A party to record. */
export type PartyInput = {
  /** Its role in the collaboration, in free words (up to 100 characters). */
  role: string | null | undefined;
  /** Id of an existing stakeholder. */
  stakeholderId: string | number;
};

/** How to search for a path between stakeholders. */
export type PathOptions = {
  /** Only ties backed by a collaboration or program active on this date. */
  activeOn: string | null | undefined;
  /** The network as it stood on this date: only ties backed by a fact started by then (history included). */
  asOf: string | null | undefined;
  /** Stakeholders that must not be intermediaries. */
  avoid: Array<string | number> | null | undefined;
  /** At most this many hops (1-8, default 6). */
  maxHops: number | null | undefined;
  /** Intermediaries must belong to these helices (the two ends are always allowed). */
  onlyHelices: Array<Helix> | null | undefined;
  /** Intermediaries must be of these kinds. */
  onlyKinds: Array<StakeholderKind> | null | undefined;
  /**
   * Cheapest instead of shortest: a tie costs less the stronger, the more recent and the better
   * evidenced it is (cost = (1 + 0.5 x years since last active) / (weight x (1 + 0.25 x extra sources))).
   */
  weighted: boolean | null | undefined;
};

/** Where a stakeholder stands on the aims of a program or region, from against to for. */
export type Position =
  /** Neither for nor against (netral). */
  | 'NEUTRAL'
  /** Leans against them (menolak). */
  | 'OPPOSES'
  /** Works against them (menolak keras). */
  | 'STRONGLY_OPPOSES'
  /** Works for them (mendukung penuh). */
  | 'STRONGLY_SUPPORTS'
  /** Leans for them (mendukung). */
  | 'SUPPORTS';

/** What kind of activity a program is. */
export type ProgramKind =
  /** An award (TJSLP Awards). */
  | 'AWARD'
  /** An event (Job Fair 2025, a festival). */
  | 'EVENT'
  /** A meeting: rakor, hearing (RDP), audience. */
  | 'MEETING'
  /** A regulation or policy that organises cooperation (a Perda). */
  | 'POLICY'
  /** A long-running programme (Program Wisata Kota Industri). */
  | 'PROGRAM'
  /** A workshop or training. */
  | 'WORKSHOP';

/** A report to read: its text and what is known about where it was published. */
export type ReadReportInput = {
  /** Who wrote it. */
  author: string | null | undefined;
  /** When it was published; without it, the dateline's date ("Selasa (15/1/2025)") is used. */
  publishedOn: string | null | undefined;
  /** The outlet that published it; it becomes a news outlet reporting the event. */
  publisher: string | null | undefined;
  /** The report's text, as published (at most 60,000 characters). */
  text: string;
  /** Its headline; without one, the first line is used. */
  title: string | null | undefined;
  /** Where it was published (http or https). */
  url: string | null | undefined;
};

/** Indonesian administrative levels. */
export type RegionLevel =
  /** Kota. */
  | 'CITY'
  /** The country. */
  | 'COUNTRY'
  /** Kecamatan. */
  | 'DISTRICT'
  /** Provinsi. */
  | 'PROVINCE'
  /** Kabupaten. */
  | 'REGENCY'
  /** Kelurahan or desa. */
  | 'VILLAGE';

/** How a proposal relates to what the graph already holds. */
export type ReportMatchKind =
  /** The graph holds it (same id, name or alias): the draft adds facts to it instead of a duplicate. */
  | 'EXACT'
  /** Nothing like it in the graph: importing creates it. */
  | 'NEW'
  /** A name at least 0.8 similar is in the graph: confirm before importing. */
  | 'SIMILAR';

/** A role a credential grants, in increasing order of power. */
export type Role =
  /** Also manages API keys, reads the audit trail and imports data. */
  | 'ADMIN'
  /** Also writes: stakeholders, programs, collaborations, participations, sources; sees contact details. */
  | 'EDITOR'
  /** Reads the graph and its analytics. */
  | 'VIEWER';

/** A snapshot to take. */
export type SnapshotInput = {
  /** A name for it, 1-200 characters. */
  label: string | null | undefined;
  /** Part of the network (default: all of it); with asOf, the figures describe that date. */
  scope: AnalysisScope | null | undefined;
};

/** What kind of document a source is. */
export type SourceKind =
  /** Decree (SK). */
  | 'DECREE'
  /** Meeting minutes (notulen). */
  | 'MINUTES'
  /** Memorandum of understanding. */
  | 'MOU'
  /** A news article. */
  | 'NEWS_ARTICLE'
  /** Anything else. */
  | 'OTHER'
  /** Regulation (Perda, Perwali). */
  | 'REGULATION'
  /** A report. */
  | 'REPORT'
  /** A web page. */
  | 'WEBSITE';

/** A stakeholder to create or update (upsert by id). */
export type StakeholderInput = {
  /** Other names. */
  aliases: Array<string> | null | undefined;
  /** What it is, in a few sentences. */
  description: string | null | undefined;
  /** Sources reporting on it. */
  evidence: Array<EvidenceInput> | null | undefined;
  /** Which of the five helices it belongs to. */
  helix: Helix;
  /** Stable id: lowercase letters, digits and single hyphens, at most 120 characters. */
  id: string | number;
  /** Its finer type. */
  kind: StakeholderKind;
  /** Official name (1-300 characters). */
  name: string;
  /** Id of the region it is based in. */
  regionId: string | number | null | undefined;
  /** Free tags (sector, theme). */
  tags: Array<string> | null | undefined;
  /** Id of the organisation it is a unit of. */
  unitOf: string | number | null | undefined;
  /** An http(s) URL. */
  website: string | null | undefined;
};

/** The finer type of a stakeholder, in the words Indonesian coordinators use. */
export type StakeholderKind =
  /** Business association or a group of businesses. */
  | 'BUSINESS_ASSOCIATION'
  /** Pemerintah Kota (Pemkot). */
  | 'CITY_GOVERNMENT'
  /** Community organisation (MASATA, women's organisations). */
  | 'COMMUNITY_ORGANISATION'
  /** Consultancy. */
  | 'CONSULTANCY'
  /** Kecamatan office (camat). */
  | 'DISTRICT_OFFICE'
  /** Industrial estate operator (kawasan industri). */
  | 'INDUSTRIAL_ESTATE'
  /** Regional leadership forum (Forkopimda). */
  | 'LEADERSHIP_FORUM'
  /** Kementerian or other central government body. */
  | 'NATIONAL_GOVERNMENT'
  /** News outlet. */
  | 'NEWS_OUTLET'
  /** Non-governmental organisation. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER'
  /** Private company. */
  | 'PRIVATE_COMPANY'
  /** Pemerintah Provinsi. */
  | 'PROVINCIAL_GOVERNMENT'
  /** Pemerintah Kabupaten (Pemkab). */
  | 'REGENCY_GOVERNMENT'
  /** Regional council (DPRD). */
  | 'REGIONAL_COUNCIL'
  /** A regional office (OPD): dinas, badan, sekretariat (Disnaker, Bapperida). */
  | 'REGIONAL_OFFICE'
  /** Research institute. */
  | 'RESEARCH_INSTITUTE'
  /** School (SMK and other vocational schools included). */
  | 'SCHOOL'
  /** State-owned company (BUMN) or its subsidiary. */
  | 'STATE_OWNED_COMPANY'
  /** University (universitas, institut, politeknik). */
  | 'UNIVERSITY'
  /** Kelurahan or desa office (lurah, kepala desa). */
  | 'VILLAGE_OFFICE';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, authenticated: boolean, scope: { regions: Array<{ id: string, name: string }>, programs: Array<{ id: string, name: string }> } | null } };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { regions: Array<{ id: string, name: string, level: RegionLevel }>, programs: { nodes: Array<{ id: string, name: string, kind: ProgramKind }> }, sources: Array<{ id: string, title: string }> };

export type MapQueryVariables = Exact<{
  scope: AnalysisScope | null | undefined;
  metric: InfluenceMetric;
  limit: number;
  first: number;
}>;


export type MapQuery = { graphVersion: number, networkOf: { truncated: boolean, nodes: Array<{ stakeholder: { id: string, name: string, aliases: Array<string>, helix: Helix } }>, edges: Array<{ source: string, target: string, weight: number, collaborations: number, programs: number }> }, influence: { entries: Array<{ score: number, stakeholder: { id: string } }> } };

export type GraphChangedSubscriptionVariables = Exact<{
  scope: AnalysisScope | null | undefined;
  since: number | null | undefined;
}>;


export type GraphChangedSubscription = { graphChanged: { kind: GraphChangeKind, version: number, stakeholders: Array<string>, items: Array<{ id: string, type: ChangedItemType, change: ItemChange }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Person', id: string, name: string, offices: Array<{ title: string }> }
      | { __typename: 'Program', id: string, name: string, kind: ProgramKind }
      | { __typename: 'Stakeholder', id: string, name: string, aliases: Array<string>, helix: Helix }
     }> };

export type StakeholderQueryVariables = Exact<{
  id: string | number;
  scope: AnalysisScope | null | undefined;
  asOf: string | null | undefined;
  partners: number;
  withContact: boolean;
  interactions: number;
}>;


export type StakeholderQuery = { stakeholder: { id: string, name: string, aliases: Array<string>, helix: Helix, kind: StakeholderKind, description: string | null, website: string | null, tags: Array<string>, viewerCanEdit: boolean, partnerCount: number, region: { id: string, name: string } | null, parent: { id: string, name: string } | null, units: Array<{ id: string, name: string, helix: Helix }>, officeHolders: Array<{ title: string, since: string | null, until: string | null, person: { id: string, name: string, contact?: { email: string | null, phone: string | null } | null } }>, partners: Array<{ weight: number, collaborations: number, programs: number, partner: { id: string, name: string, helix: Helix } }>, participations: Array<{ id: string, role: ParticipationRole, startedOn: string | null, endedOn: string | null, description: string | null, viewerCanEdit: boolean, program: { id: string, name: string, kind: ProgramKind, startsOn: string | null }, evidence: Array<{ quote: string, confidence: number, source: { id: string, title: string, url: string | null, publishedOn: string | null } }> }>, collaborations: Array<{ id: string, name: string, kind: CollaborationKind, status: CollaborationStatus, strength: number, startedOn: string | null, endedOn: string | null, description: string | null, viewerCanEdit: boolean, program: { id: string, name: string } | null, parties: Array<{ role: string | null, stakeholder: { id: string, name: string, helix: Helix } }>, evidence: Array<{ quote: string, confidence: number, source: { id: string, title: string, publisher: string | null, url: string | null, publishedOn: string | null } }> }>, evidence: Array<{ quote: string, confidence: number, source: { id: string, title: string, publisher: string | null, url: string | null, publishedOn: string | null } }>, assessments: Array<{ id: string, assessedOn: string, power: number, interest: number, position: Position, attitude: Attitude | null, comment: string | null, quadrant: GridQuadrant, scope:
        | { __typename: 'Program', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
       }>, influence: { degree: number, weightedDegree: number, pageRank: number, betweenness: number, closeness: number, eigenvector: number, reach: number, helixDiversity: number, articulationPoint: boolean, community: number } | null } | null, history: { totalCount: number, nodes: Array<{ id: string, kind: InteractionKind, subject: string, occurredOn: string, notes: string | null, stakeholders: Array<{ id: string, name: string, helix: Helix }>, followUps: Array<{ id: string, commitment: string, status: FollowUpStatus, overdue: boolean, dueOn: string | null }> }> } };

export type SourceQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceQuery = { source: { id: string, title: string, publisher: string | null, author: string | null, url: string | null, publishedOn: string | null, kind: SourceKind, language: string, citations: Array<{ quote: string, fact:
        | { __typename: 'Collaboration', id: string, name: string, collaborationKind: CollaborationKind }
        | { __typename: 'Participation', id: string, role: ParticipationRole, stakeholder: { id: string, name: string, helix: Helix }, program: { id: string, name: string } }
        | { __typename: 'Program', id: string, name: string, programKind: ProgramKind }
        | { __typename: 'Stakeholder', id: string, name: string, helix: Helix }
       }> } | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  k: number;
  options: PathOptions | null | undefined;
}>;


export type PathsQuery = { paths: { reason: NoPathReason | null, timedOut: boolean, paths: Array<{ length: number, cost: number, stakeholders: Array<{ id: string, name: string, helix: Helix }>, hops: Array<{ weight: number, collaborations: Array<{ name: string, kind: CollaborationKind }>, programs: Array<{ name: string }>, from: { id: string, name: string }, to: { id: string, name: string }, evidence: Array<{ quote: string, source: { title: string, url: string | null } }> }> }> } };

export type GapsQueryVariables = Exact<{
  scope: AnalysisScope | null | undefined;
  suggestions: number;
}>;


export type GapsQuery = { collaborationGaps: { stakeholderCount: number, tieCount: number, absentHelices: Array<Helix>, matrix: Array<{ a: Helix, b: Helix, ties: number, strength: number, density: number, gap: boolean, weak: boolean }>, programsMissingHelices: Array<{ missingHelices: Array<Helix>, program: { id: string, name: string } }>, suggestions: Array<{ score: number, closesGap: boolean, reason: string, fillsAbsentHelix: Helix | null, a: { id: string, name: string, helix: Helix }, b: { id: string, name: string, helix: Helix }, commonPartners: Array<{ id: string, name: string }> }>, balance: { score: number } } };

export type HelixIndicatorsQueryVariables = Exact<{
  scope: AnalysisScope | null | undefined;
}>;


export type HelixIndicatorsQuery = { helixIndicators: { assortativity: number | null, synergy: Array<{ helices: Array<Helix>, millibits: number, units: number }>, openness: { external: number, internal: number, index: number | null, expected: number | null }, opennessByHelix: Array<{ helix: Helix, stakeholders: number, openness: { external: number, internal: number, index: number | null, expected: number | null } }> } };

export type ChangeFieldsFragment = { from: string, to: string, balanceBefore: number, balanceAfter: number, tiesBefore: number, tiesAfter: number, rose: Array<{ rankBefore: number, rankAfter: number, stakeholder: { id: string, name: string, helix: Helix } }>, fell: Array<{ rankBefore: number, rankAfter: number, stakeholder: { id: string, name: string, helix: Helix } }>, joined: Array<{ id: string, name: string, helix: Helix }>, gapsClosed: Array<{ a: Helix, b: Helix }>, gapsOpened: Array<{ a: Helix, b: Helix }> };

export type NetworkChangeQueryVariables = Exact<{
  scope: AnalysisScope | null | undefined;
  from: string;
  to: string;
  metric: InfluenceMetric;
  first: number;
}>;


export type NetworkChangeQuery = { networkChange: { from: string, to: string, balanceBefore: number, balanceAfter: number, tiesBefore: number, tiesAfter: number, rose: Array<{ rankBefore: number, rankAfter: number, stakeholder: { id: string, name: string, helix: Helix } }>, fell: Array<{ rankBefore: number, rankAfter: number, stakeholder: { id: string, name: string, helix: Helix } }>, joined: Array<{ id: string, name: string, helix: Helix }>, gapsClosed: Array<{ a: Helix, b: Helix }>, gapsOpened: Array<{ a: Helix, b: Helix }> } };

export type SnapshotChangeQueryVariables = Exact<{
  from: string | number;
  metric: InfluenceMetric;
  first: number;
}>;


export type SnapshotChangeQuery = { snapshotChange: { from: string, to: string, balanceBefore: number, balanceAfter: number, tiesBefore: number, tiesAfter: number, rose: Array<{ rankBefore: number, rankAfter: number, stakeholder: { id: string, name: string, helix: Helix } }>, fell: Array<{ rankBefore: number, rankAfter: number, stakeholder: { id: string, name: string, helix: Helix } }>, joined: Array<{ id: string, name: string, helix: Helix }>, gapsClosed: Array<{ a: Helix, b: Helix }>, gapsOpened: Array<{ a: Helix, b: Helix }> } };

export type SnapshotsQueryVariables = Exact<{ [key: string]: never; }>;


export type SnapshotsQuery = { snapshots: Array<{ id: string, label: string | null, asOf: string, helices: Array<Helix> | null, region: { id: string } | null, program: { id: string } | null }> };

export type TakeSnapshotMutationVariables = Exact<{
  input: SnapshotInput;
}>;


export type TakeSnapshotMutation = { takeSnapshot: { id: string, label: string | null, asOf: string, helices: Array<Helix> | null, region: { id: string } | null, program: { id: string } | null } };

export type UpsertStakeholderMutationVariables = Exact<{
  input: StakeholderInput;
}>;


export type UpsertStakeholderMutation = { upsertStakeholder: { created: boolean, stakeholder: { id: string, name: string } } };

export type RecordCollaborationMutationVariables = Exact<{
  input: CollaborationInput;
}>;


export type RecordCollaborationMutation = { recordCollaboration: { created: boolean, collaboration: { id: string, name: string } } };

export type AddParticipantMutationVariables = Exact<{
  input: ParticipationInput;
}>;


export type AddParticipantMutation = { addParticipant: { created: boolean, participation: { id: string } } };

export type DeleteCollaborationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCollaborationMutation = { deleteCollaboration: { deleted: boolean } };

export type RemoveParticipantMutationVariables = Exact<{
  stakeholderId: string | number;
  programId: string | number;
  role: ParticipationRole;
}>;


export type RemoveParticipantMutation = { removeParticipant: { deleted: boolean } };

export type PowerInterestGridQueryVariables = Exact<{
  scope: string | number;
  asOf: string | null | undefined;
}>;


export type PowerInterestGridQuery = { powerInterestGrid: { asOf: string | null, networkSize: number, scope:
      | { __typename: 'Program', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
    , thresholds: { highFrom: number, fewTiesAtMost: number, centralTopShare: number }, quadrants: Array<{ quadrant: GridQuadrant, count: number }>, entries: Array<{ quadrant: GridQuadrant, partners: number, partnerRank: number | null, flags: Array<GridFlag>, stakeholder: { id: string, name: string, helix: Helix }, assessment: { id: string, assessedOn: string, power: number, interest: number, position: Position, attitude: Attitude | null } }> } };

export type DuplicatesQueryVariables = Exact<{
  scope: DuplicateScope | null | undefined;
  first: number;
}>;


export type DuplicatesQuery = { duplicateCandidates: { stakeholders: Array<{ score: number, a: { id: string, name: string, helix: Helix, viewerCanEdit: boolean }, b: { id: string, name: string, helix: Helix, viewerCanEdit: boolean }, reasons: Array<{ kind: DuplicateReasonKind, detail: string }> }>, people: Array<{ score: number, a: { id: string, name: string, viewerCanEdit: boolean, offices: Array<{ title: string, stakeholder: { id: string, name: string } }> }, b: { id: string, name: string, viewerCanEdit: boolean, offices: Array<{ title: string, stakeholder: { id: string, name: string } }> }, reasons: Array<{ kind: DuplicateReasonKind, detail: string }> }> } };

export type LogInteractionMutationVariables = Exact<{
  input: InteractionInput;
}>;


export type LogInteractionMutation = { logInteraction: { created: boolean, interaction: { id: string } } };

export type FollowUpsQueryVariables = Exact<{
  where: FollowUpFilter | null | undefined;
  first: number;
}>;


export type FollowUpsQuery = { followUps: { totalCount: number, nodes: Array<{ id: string, commitment: string, dueOn: string | null, status: FollowUpStatus, closedOn: string | null, overdue: boolean, viewerCanEdit: boolean, owner: { id: string, name: string } | null, interaction: { id: string, kind: InteractionKind, subject: string, occurredOn: string, stakeholders: Array<{ id: string, name: string, helix: Helix }>, program: { id: string, name: string } | null } }> } };

export type RecordAssessmentMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { created: boolean, assessment: { id: string, quadrant: GridQuadrant } } };

export type SetFollowUpStatusMutationVariables = Exact<{
  id: string | number;
  status: FollowUpStatus;
}>;


export type SetFollowUpStatusMutation = { setFollowUpStatus: { followUp: { id: string, status: FollowUpStatus, closedOn: string | null } } };

export type MergeStakeholdersMutationVariables = Exact<{
  keep: string | number;
  merge: string | number;
}>;


export type MergeStakeholdersMutation = { mergeStakeholders: { mergedId: string, stakeholder: { id: string, name: string } } };

export type MergePeopleMutationVariables = Exact<{
  keep: string | number;
  merge: string | number;
}>;


export type MergePeopleMutation = { mergePeople: { mergedId: string, person: { id: string, name: string } } };

export type ReadReportQueryVariables = Exact<{
  input: ReadReportInput;
}>;


export type ReadReportQuery = { readReport: { draft: string, proposals: Array<{ collection: string, id: string, label: string, detail: string, quote: string, offset: number, confidence: number, match: { kind: ReportMatchKind, id: string | null, name: string | null, by: string | null, score: number | null } }> } };

export type ImportReportDraftMutationVariables = Exact<{
  input: ImportInput;
}>;


export type ImportReportDraftMutation = { importGraph: { applied: boolean, dryRun: boolean, counts: Array<{ kind: string, created: number, updated: number, unchanged: number }>, problems: Array<{ sheet: string, row: number | null, column: string | null, message: string }> } };
