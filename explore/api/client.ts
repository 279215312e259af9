/** Posts typed documents to the service's /graphql: the explorer's only backend. */
import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

export class ApiError extends Error {
  override name = 'ApiError';
  /** The errors' extensions.code (UNAUTHENTICATED, FORBIDDEN…), for a caller that must act on them. */
  constructor(
    message: string,
    readonly codes: readonly string[] = [],
  ) {
    super(message);
  }
}

const printed = new WeakMap<object, string>();

export async function request<Result, Variables>(doc: TadaDocumentNode<Result, Variables>, variables: Variables, signal?: AbortSignal, headers: Record<string, string> = {}): Promise<Result> {
  let query = printed.get(doc);
  if (query === undefined) {
    query = print(doc);
    printed.set(doc, query);
  }
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: signal ?? null,
  });
  let body: { data?: Result | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${res.status} without JSON.`);
  }
  if (body.errors?.length) {
    const codes = body.errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
    throw new ApiError(body.errors.map((e) => e.message).join('; '), codes);
  }
  if (!body.data) throw new ApiError(`The API answered ${res.status} with no data.`);
  return body.data;
}
