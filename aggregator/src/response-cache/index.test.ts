import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import { ApolloServer } from '@apollo/server';
import { createMemoryCache } from '../cache';
import type { AppContext } from '../context';
import type { FetchFailure } from '../sources/outcome';
import { responseCachePlugins } from './index';

/** A server whose trustReport counts how often it is resolved. */
async function countingServer(ttlSeconds: number) {
  let resolved = 0;
  const server = new ApolloServer<AppContext>({
    typeDefs: 'type Query { trustReport(academicYear: String!): String sources: String }',
    resolvers: { Query: { trustReport: () => `report ${++resolved}`, sources: () => 'live' } },
    plugins: responseCachePlugins(createMemoryCache(), ttlSeconds),
  });
  await server.start();
  const ask = async (query: string, failures = new Map<string, FetchFailure>()) => {
    const response = await server.executeOperation({ query }, { contextValue: { failures } as unknown as AppContext });
    assert.equal(response.body.kind, 'single');
    return { data: response.body.kind === 'single' ? response.body.singleResult.data : undefined, headers: response.http.headers };
  };
  return { ask, resolved: () => resolved, stop: () => server.stop() };
}

const REPORT = '{ trustReport(academicYear: "2025/26") }';

describe('the response cache plugins', () => {
  afterEach(() => mock.timers.reset());

  it('answer a second identical query from the cache, marked no-store for anyone downstream', async () => {
    const server = await countingServer(30);
    const first = await server.ask(REPORT);
    const second = await server.ask(REPORT);
    assert.equal(second.data?.trustReport, first.data?.trustReport);
    assert.equal(server.resolved(), 1);
    assert.equal(second.headers.get('cache-control'), 'no-store');
    await server.stop();
  });

  it('never serve an answer on a later day than the one it was made on', async () => {
    mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-03-01T23:59:00Z') });
    const server = await countingServer(3_600);
    await server.ask(REPORT);
    mock.timers.tick(2 * 60_000);
    assert.equal((await server.ask(REPORT)).data?.trustReport, 'report 2');
    await server.stop();
  });

  it('do not keep a partial answer (a source failed)', async () => {
    const server = await countingServer(30);
    const failed = new Map([['north/academies', { ok: false, source: 'north', type: 'academies', reason: 'did not answer' } as unknown as FetchFailure]]);
    await server.ask(REPORT, failed);
    await server.ask(REPORT);
    assert.equal(server.resolved(), 2);
    await server.stop();
  });

  it('cache nothing with a TTL of 0, nor a root field outside the public ones', async () => {
    const off = await countingServer(0);
    await off.ask(REPORT);
    await off.ask(REPORT);
    assert.equal(off.resolved(), 2);
    await off.stop();

    const on = await countingServer(30);
    await on.ask(`{ sources ${REPORT.slice(1)}`);
    await on.ask(`{ sources ${REPORT.slice(1)}`);
    assert.equal(on.resolved(), 2);
    await on.stop();
  });
});
