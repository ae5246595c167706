import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';

/**
 * Static limits on a GraphQL document, checked before anything runs. They are sized for the
 * deepest real use (the explorer's stakeholder panel, GraphiQL's introspection query) with a
 * margin, and tested just below and just above.
 */
export const LIMITS = {
  /** Field nesting. The panel query reaches 9; GraphiQL's introspection query 13. */
  depth: 15,
  aliases: 20,
  /** Lexical tokens in the document: bounds parse time whatever the query. */
  tokens: 3_000,
  directives: 20,
  /**
   * graphql-armor's static cost: objects 2, scalars 1, x1.5 per level, x`first` per list. Sized
   * so that a page of 100 stakeholders with 50 partners each and a full tie selection fits
   * (PANEL_PAGE below: about 200,000), and tested with it.
   */
  cost: 250_000,
} as const;

/** The largest page the cost limit is sized for: 100 stakeholders with 50 partners each, every tie figure selected. */
export const PANEL_PAGE = `{ stakeholders(first: 100) { nodes { id name partners(first: 50) {
  partner { id name helix } weight collaborations programs evidence } } } }`;

/**
 * The hardening plugins: graphql-armor for the document limits and for field suggestions
 * (which would otherwise spell out the schema to a caller probing with typos); introspection
 * counts like any query (`ignoreIntrospection: false`), which closes the class of bypasses
 * where a `__schema` selection or an operation named `__schema` skipped the depth and cost
 * checks. CSRF: a browser cannot send a cross-site request with `application/json` or a custom
 * header without a CORS preflight, so requests that are neither are refused.
 */
export function hardeningPlugins(options: { introspection: boolean }) {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.depth, ignoreIntrospection: false, flattenFragments: true },
      // Every alias counts, `__typename` ones too (graphql-armor lets those through by default).
      maxAliases: { n: LIMITS.aliases, allowList: [] },
      maxTokens: { n: LIMITS.tokens },
      maxDirectives: { n: LIMITS.directives },
      costLimit: { maxCost: LIMITS.cost, ignoreIntrospection: false, flattenFragments: true },
      blockFieldSuggestion: { enabled: true },
    }),
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
    ...(options.introspection ? [] : [useDisableIntrospection()]),
  ];
}
