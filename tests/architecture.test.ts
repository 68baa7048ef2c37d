/**
 * The boundaries the design depends on, checked over the source tree:
 * - every write to a plugin type goes through the Document Service: no `strapi.db.query` on a plugin
 *   uid outside migrations, but for the audit trail, whose entries the Document Service refuses to
 *   everyone and the audit service inserts (and the retention job deletes) through the query engine;
 * - the vocabulary and calculations import nothing from Strapi, Apollo or Node I/O;
 * - the aggregator knows Strapi only over HTTP: it never imports the plugin's server code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers/environment';

function sources(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'build', '.cache', '.tmp'].includes(entry.name) ? [] : sources(relative);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('architecture', () => {
  it('never queries a plugin type past the Document Service (outside migrations)', () => {
    const offenders = [...sources('plugins'), ...sources('cms/src'), ...sources('cms/config'), ...sources('scripts'), ...sources('aggregator')]
      .filter((file) => !file.includes(`${path.sep}migrations${path.sep}`) && !file.endsWith('architecture.test.ts'))
      .flatMap((file) =>
        read(file)
          .split('\n')
          .map((line, index) => ({ file, line: index + 1, text: line }))
          .filter(({ text }) => /db\s*\.\s*query\s*\(\s*(['"`]plugin::equality\.|UID\.(?!AUDIT_ENTRY\b)|uid\b)/.test(text)),
      );
    assert.deepEqual(offenders, []);
  });

  it('keeps the domain package free of Strapi, Apollo and Node I/O', () => {
    const forbidden = /from ['"](@strapi\/|@apollo\/|node:|fs|path|http|https|pg|better-sqlite3|ioredis|express)/;
    const offenders = sources('packages/domain/src').filter((file) => !file.endsWith('.test.ts') && forbidden.test(read(file)));
    assert.deepEqual(offenders, []);
  });

  it('keeps the typed client and the web components free of Strapi and Node I/O (they run in browsers)', () => {
    const forbidden = /from ['"](@strapi\/|@apollo\/|node:|fs|path|http|https|koa)/;
    const offenders = [...sources('packages/client/src'), ...sources('plugins/equality/embed/src')].filter(
      (file) => !file.endsWith('.test.ts') && forbidden.test(read(file)),
    );
    assert.deepEqual(offenders, []);
  });

  it('keeps the aggregator off the plugin server code', () => {
    const offenders = sources('aggregator').filter((file) => /from ['"][^'"]*(strapi-plugin-equality|plugins\/equality)/.test(read(file)));
    assert.deepEqual(offenders, []);
  });
});
