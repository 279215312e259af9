import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Projection } from '../store/translate/projection.js';

/**
 * What an operation selects, worked out once per parsed operation: for entities, relationships
 * and documents, the stored properties its selected fields read (each field declares them with
 * `stored(...)` in its type file), and whether it reaches relationship endpoints, evidence
 * documents or totals. Every statement of the request then fetches exactly that, and the side
 * tables it returns carry what any position in the operation needs.
 */
export interface OperationPlan {
  entity: string[];
  rel: string[];
  document: string[];
  /**
   * Relationship.source or .target, or GraphPath.nodes, is selected somewhere: relationship and
   * path statements then return those entities in their side table, in the same round trip.
   */
  endpoints: boolean;
  /** Evidence.document is selected somewhere. */
  evidenceDocuments: boolean;
  /** RelationshipConnection.totalCount is selected somewhere. */
  totals: boolean;
  /** ChangeConnection.totalCount is selected somewhere. */
  changeTotals: boolean;
}

const ENTITY_TYPES = new Set(['Entity', 'Organization', 'Person', 'AIModel', 'Contract', 'Policy', 'Event']);
const BUCKET: Record<string, 'rel' | 'document'> = { Relationship: 'rel', Document: 'document' };

/**
 * A field of object type whose sub-fields read different stored properties: `always` whatever is
 * selected below it, plus those of each selected sub-field.
 */
export interface SubfieldProps {
  always: string[];
  bySubfield: Record<string, string[]>;
}

/** The sub-field names a selection set asks for, through fragments; null when one cannot be known. */
function subfieldNames(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, names = new Set<string>(), seen = new Set<string>()): Set<string> | null {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) names.add(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!subfieldNames(sel.selectionSet, fragments, names, seen)) return null;
    } else {
      const frag = fragments[sel.name.value];
      if (!frag) return null;
      if (seen.has(frag.name.value)) continue;
      seen.add(frag.name.value);
      if (!subfieldNames(frag.selectionSet, fragments, names, seen)) return null;
    }
  }
  return names;
}

/** What a field with per-sub-field properties reads for this selection (all of them when unsure). */
function narrowed(sub: SubfieldProps, set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names = subfieldNames(set, fragments);
  if (!names) return [...sub.always, ...Object.values(sub.bySubfield).flat()];
  return [...sub.always, ...[...names].flatMap((n) => sub.bySubfield[n] ?? [])];
}

function planOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): OperationPlan {
  const sets = { entity: new Set<string>(), rel: new Set<string>(), document: new Set<string>() };
  const plan = { endpoints: false, evidenceDocuments: false, totals: false, changeTotals: false };
  const seen = new Set<string>();

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType) => {
    for (const sel of selectionSet.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (t && (isObjectType(t) || isInterfaceType(t))) visit(sel.selectionSet, t);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments[sel.name.value];
        const t = frag && schema.getType(frag.typeCondition.name.value);
        // A fragment spread in two places is walked once per parent type: fields add up, they do not change.
        const id = `${sel.name.value}@${parent.name}`;
        if (frag && t && (isObjectType(t) || isInterfaceType(t)) && !seen.has(id)) {
          seen.add(id);
          visit(frag.selectionSet, t);
        }
        continue;
      }
      if (sel.name.value.startsWith('__') || !('getFields' in parent)) continue;
      const field = (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[sel.name.value];
      if (!field) continue;
      const ext = field.extensions as { props?: string[]; subProps?: SubfieldProps } | undefined;
      const props = ext?.subProps && sel.selectionSet ? narrowed(ext.subProps, sel.selectionSet, fragments) : ext?.props;
      if (props) {
        const bucket = ENTITY_TYPES.has(parent.name) ? sets.entity : BUCKET[parent.name] ? sets[BUCKET[parent.name]!] : null;
        props.forEach((p) => bucket?.add(p));
      }
      if (parent.name === 'Relationship' && (sel.name.value === 'source' || sel.name.value === 'target')) plan.endpoints = true;
      if (parent.name === 'GraphPath' && sel.name.value === 'nodes') plan.endpoints = true;
      if (parent.name === 'Evidence' && sel.name.value === 'document') plan.evidenceDocuments = true;
      if (parent.name === 'RelationshipConnection' && sel.name.value === 'totalCount') plan.totals = true;
      if (parent.name === 'ChangeConnection' && sel.name.value === 'totalCount') plan.changeTotals = true;
      const type = getNamedType(field.type);
      if (sel.selectionSet && (isObjectType(type) || isInterfaceType(type))) visit(sel.selectionSet, type);
    }
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root) visit(operation.selectionSet, root);
  return { entity: [...sets.entity].sort(), rel: [...sets.rel].sort(), document: [...sets.document].sort(), ...plan };
}

const plans = new WeakMap<OperationDefinitionNode, OperationPlan>();

/** The plan of an operation, computed once per parsed operation (Yoga reuses parsed documents). */
export function operationPlan(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): OperationPlan | null {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return null;
  let plan = plans.get(operation);
  if (!plan) {
    plan = planOperation(schema, operation, fragments);
    plans.set(operation, plan);
  }
  return plan;
}

const full = new WeakMap<GraphQLSchema, OperationPlan>();

/** Every stored property any field reads: for reads outside an operation (exports, tools). */
export function fullPlan(schema: GraphQLSchema): OperationPlan {
  let plan = full.get(schema);
  if (!plan) {
    const sets = { entity: new Set<string>(), rel: new Set<string>(), document: new Set<string>() };
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const bucket = ENTITY_TYPES.has(type.name) ? sets.entity : BUCKET[type.name] ? sets[BUCKET[type.name]!] : null;
      if (!bucket) continue;
      for (const f of Object.values(type.getFields())) ((f.extensions as { props?: string[] }).props ?? []).forEach((p) => bucket.add(p));
    }
    plan = { entity: [...sets.entity].sort(), rel: [...sets.rel].sort(), document: [...sets.document].sort(), endpoints: true, evidenceDocuments: true, totals: true, changeTotals: true };
    full.set(schema, plan);
  }
  return plan;
}

/** What a relationship statement projects for this operation. */
export function projectionOf(plan: OperationPlan): Projection {
  return { rel: plan.rel, entity: plan.endpoints ? plan.entity : null, document: plan.evidenceDocuments ? plan.document : null };
}
