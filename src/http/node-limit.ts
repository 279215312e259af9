import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX } from '../resolvers/defaults.js';
import { LIST_BOUNDS, type ListBound } from './list-bounds.js';

/** How many variable sets one document's counts are kept for; then they are counted afresh. */
const COUNTS_PER_DOCUMENT = 64;
/** Longer variables (in JSON) are counted afresh each time rather than kept. */
const MAX_KEPT_KEY = 2_048;

/** A list the bounds table does not name counts as a full page. */
const UNLISTED_BOUND = MAX.page;

type Args = Record<string, unknown>;

export interface NodeEstimateInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  bounds?: Record<string, ListBound>;
}

/**
 * The most list items an operation can return, counted before it runs, the way GitHub's GraphQL API
 * limits nodes: every list counts its bound (`first` as given, from a variable or by default; else
 * its entry in LIST_BOUNDS) times the number of parents it can appear under. Objects that are not
 * in a list add nothing; fragments count wherever they are spread. Introspection is not counted:
 * the schema bounds it.
 */
export function estimateNodes({ schema, document, operationName, variables, bounds = LIST_BOUNDS }: NodeEstimateInput): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  // Bad variables fail in execution with their own error; nothing is counted for them here.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return 0;
  const vars = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();

  /** Explicit nulls take the default too, as the resolvers do. */
  function argsOf(def: GraphQLField<unknown, unknown>, node: FieldNode): Args {
    let values: Args;
    try {
      values = getArgumentValues(def, node, vars);
    } catch {
      values = {};
    }
    for (const a of def.args) if (values[a.name] == null && a.defaultValue !== undefined) values[a.name] = a.defaultValue;
    return values;
  }

  function boundOf(parent: GraphQLCompositeType, field: string): ListBound | undefined {
    const own = bounds[`${parent.name}.${field}`];
    if (own !== undefined || !isObjectType(parent)) return own;
    return parent.getInterfaces().map((i) => bounds[`${i.name}.${field}`]).find((b) => b !== undefined);
  }

  function listSize(parent: GraphQLCompositeType, def: GraphQLField<unknown, unknown>, args: Args, scope: Args): number {
    const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.floor(v)) : UNLISTED_BOUND);
    if (def.args.some((a) => a.name === 'first')) return count(args.first);
    const bound = boundOf(parent, def.name);
    if (bound === undefined) return UNLISTED_BOUND;
    if (typeof bound === 'number') return bound;
    if ('arg' in bound) return Array.isArray(args[bound.arg]) ? (args[bound.arg] as unknown[]).length : UNLISTED_BOUND;
    return count(scope[bound.parentArg]) * (bound.times ?? 1);
  }

  /** Items under one object of `type` selecting `set`; `scope` holds the arguments of the field that returned it. */
  function perItem(type: GraphQLCompositeType, set: SelectionSetNode, scope: Args): number {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        total += fieldItems(type, sel, scope);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (t && isCompositeType(t)) total += perItem(t, sel.selectionSet, scope);
      } else {
        const fragment = fragments.get(sel.name.value);
        if (!fragment) continue;
        const key = `${fragment.name.value}\u0000${JSON.stringify(scope)}`;
        let n = memo.get(key);
        if (n === undefined) {
          memo.set(key, 0); // a cycle (invalid anyway) counts nothing instead of recursing forever
          const t = schema.getType(fragment.typeCondition.name.value);
          n = t && isCompositeType(t) ? perItem(t, fragment.selectionSet, scope) : 0;
          memo.set(key, n);
        }
        total += n;
      }
    }
    return total;
  }

  function fieldItems(parent: GraphQLCompositeType, node: FieldNode, scope: Args): number {
    if (!node.selectionSet || node.name.value.startsWith('__') || !('getFields' in parent)) return 0;
    const def = parent.getFields()[node.name.value];
    if (!def) return 0;
    const args = argsOf(def, node);
    const inner = perItem(getNamedType(def.type) as GraphQLCompositeType, node.selectionSet, args);
    if (!isListType(getNullableType(def.type))) return inner;
    const n = listSize(parent, def, args, scope);
    return n + n * inner;
  }

  return Math.min(perItem(root, operation.selectionSet, {}), Number.MAX_SAFE_INTEGER);
}

export function tooManyNodes(nodes: number, maxNodes: number): GraphQLError {
  const n = (v: number) => v.toLocaleString('en-US');
  return new GraphQLError(
    `This query could return up to ${n(nodes)} list items, more than the ${n(maxNodes)} allowed. Each list counts at its worst case ` +
      '(its `first` argument or default, or its fixed bound), multiplied through the lists around it: pass a smaller `first` to nested lists, or split the query.',
    { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'nodes', nodes, maxNodes, http: { status: 400 } } },
  );
}

/**
 * Refuses, before anything runs, an operation that could return more than `maxNodes` list items.
 * It runs at execution rather than as a validation rule because the count depends on the
 * variables, and Yoga caches validation results by document.
 */
export function useNodeLimit(maxNodes: number): Plugin {
  // Clients repeat the same operations with the same few variables, and Yoga hands every request
  // with the same text the same parsed document: the count is kept per document (while Yoga keeps
  // it) and per operation name and variables, a few dozen of those each.
  const counted = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let byVariables = counted.get(args.document);
      if (!byVariables) counted.set(args.document, (byVariables = new Map()));
      const key = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
      let nodes = byVariables.get(key);
      if (nodes === undefined) {
        nodes = estimateNodes({ schema: args.schema, document: args.document, operationName: args.operationName, variables: args.variableValues });
        // An article's text as a variable is not kept as a key: reads repeat, big inputs do not.
        if (key.length <= MAX_KEPT_KEY) {
          if (byVariables.size >= COUNTS_PER_DOCUMENT) byVariables.clear();
          byVariables.set(key, nodes);
        }
      }
      if (nodes > maxNodes) setResultAndStopExecution({ errors: [tooManyNodes(nodes, maxNodes)] });
    },
  };
}
