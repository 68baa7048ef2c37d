/** One GET of the plugin's admin API when a page opens, as loading, failed (with the server's message) or loaded. */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { apiErrorOf } from '../utils/api-error';

export type AdminData<T> = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; data: T };

export function useAdminData<T>(path: string): AdminData<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<AdminData<T>>({ kind: 'loading' });
  React.useEffect(() => {
    get<T>(path)
      .then(({ data }) => setState({ kind: 'loaded', data }))
      .catch((error: unknown) => setState({ kind: 'failed', message: apiErrorOf(error).message }));
  }, [get, path]);
  return state;
}
