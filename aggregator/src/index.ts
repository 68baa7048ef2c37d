/**
 * Production start: `node aggregator/dist/index.js` (npm start runs it beside Strapi). Reads the
 * configuration, and stops with a message naming the bad entry when it is wrong.
 */
import { ConfigError, loadConfig } from './config';
import { GRAPHQL_PATH, startAggregator } from './server';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[aggregator] Bad configuration, not starting.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const aggregator = await startAggregator(config);
  console.log(`[aggregator] GraphQL ready at ${aggregator.url}${GRAPHQL_PATH} (${config.sources.length} source${config.sources.length === 1 ? '' : 's'}, ${config.redisUrl ? 'Redis' : 'in-memory'} cache${config.production ? ', production' : ''})`);
  const stop = () => {
    aggregator.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('[aggregator] Failed to start:', error);
  process.exit(1);
});
