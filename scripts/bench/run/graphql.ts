/** A GraphQL client for the bench: one POST, the status and the parsed body. */
export interface GraphqlBody {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function postGraphql(url: string, query: string, options: { variables?: Record<string, unknown>; token?: string; timeoutMs?: number } = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, variables: options.variables }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
  });
  return { status: response.status, body: (await response.json()) as GraphqlBody };
}

/** Posts and insists on a complete answer: HTTP 200 and no errors. */
export async function queryOk(url: string, query: string, options: Parameters<typeof postGraphql>[2] = {}): Promise<Record<string, any>> {
  const { status, body } = await postGraphql(url, query, options);
  if (status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`GraphQL answered ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** Signs in on Strapi's users-permissions and returns the JWT. */
export async function signIn(strapiUrl: string, identifier: string, password: string): Promise<string> {
  const response = await fetch(`${strapiUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  const body = (await response.json()) as { jwt?: string };
  if (!response.ok || !body.jwt) throw new Error(`Sign-in as ${identifier} failed: HTTP ${response.status}`);
  return body.jwt;
}
