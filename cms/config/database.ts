import path from 'path';

/**
 * SQLite by default (a file under .tmp, nothing to install); PostgreSQL when DATABASE_CLIENT=postgres
 * and DATABASE_URL are set.
 */
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  if (client !== 'sqlite') throw new Error(`DATABASE_CLIENT must be sqlite or postgres, not ${client}`);
  const busyTimeoutMs = env.int('DATABASE_BUSY_TIMEOUT', 30000);
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      pool: {
        // Two processes share the file when `npm run import` runs beside `npm start`. In WAL mode the
        // server keeps reading while the import writes, and sees the import only once it commits; the
        // busy timeout makes a write wait for the other process's transaction instead of failing at once
        // with SQLITE_BUSY. (Strapi runs its own per-connection set-up first.)
        afterCreate: (connection: { pragma(statement: string): unknown }, done: (error: Error | null, connection: unknown) => void) => {
          connection.pragma('journal_mode = WAL');
          connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
          done(null, connection);
        },
      },
    },
  };
};
