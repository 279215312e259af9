/** Posts typed documents to the service's /graphql: the explorer's only backend. */
import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

export class ApiError extends Error {
  override name = 'ApiError';
}

const printed = new WeakMap<object, string>();

export async function request<Result, Variables>(doc: TadaDocumentNode<Result, Variables>, variables: Variables, signal?: AbortSignal): Promise<Result> {
  let query = printed.get(doc);
  if (query === undefined) {
    query = print(doc);
    printed.set(doc, query);
  }
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal: signal ?? null,
  });
  let body: { data?: Result | null; errors?: { message: string }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${res.status} without JSON.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The API answered ${res.status} with no data.`);
  return body.data;
}
