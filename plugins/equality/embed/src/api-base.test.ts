import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiBase } from './api-base';

const page = 'https://www.st-georges.example/about/equality';

describe('apiBase', () => {
  it('takes the server the script was loaded from', () => {
    assert.equal(apiBase(null, 'https://cms.example/equality/embed.js', page), 'https://cms.example');
    assert.equal(apiBase(null, 'https://cms.example/equality/embed.js?v=2', page), 'https://cms.example');
    assert.equal(apiBase(null, 'http://127.0.0.1:1337/equality/embed.js', page), 'http://127.0.0.1:1337');
  });

  it('keeps a path prefix in front of the script (Strapi behind a proxy)', () => {
    assert.equal(apiBase(null, 'https://trust.example/cms/equality/embed.js', page), 'https://trust.example/cms');
  });

  it('prefers the api attribute, resolved against the page', () => {
    assert.equal(apiBase('https://cms.example/', 'https://cdn.example/equality/embed.js', page), 'https://cms.example');
    assert.equal(apiBase('/cms', undefined, page), 'https://www.st-georges.example/cms');
  });

  it('gives up when a copy of the script hosted elsewhere has no api attribute', () => {
    assert.equal(apiBase(null, 'https://www.st-georges.example/js/equality.js', page), null);
    assert.equal(apiBase('  ', undefined, page), null);
  });
});
