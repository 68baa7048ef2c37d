'use strict';

// The server is written in TypeScript and compiled by `npm run build` (tsc -b) into dist/.
module.exports = require('./dist/server/index.js').default;
