/** Where the web component reads the public API from. */

/** The path Strapi serves the component at; a script loaded from it names its server. */
export const EMBED_SCRIPT_PATH = '/equality/embed.js';

/**
 * The API base URL: the element's `api` attribute (resolved against the page), else the server the script
 * was loaded from (`https://cms.example/equality/embed.js` → `https://cms.example`); null when neither
 * says (a copy of the script hosted elsewhere needs the attribute).
 */
export function apiBase(apiAttribute: string | null, scriptSrc: string | undefined, pageUrl: string): string | null {
  if (apiAttribute && apiAttribute.trim()) return new URL(apiAttribute.trim(), pageUrl).href.replace(/\/+$/, '');
  if (!scriptSrc) return null;
  const script = new URL(scriptSrc, pageUrl);
  if (!script.pathname.endsWith(EMBED_SCRIPT_PATH)) return null;
  return `${script.origin}${script.pathname.slice(0, -EMBED_SCRIPT_PATH.length)}`;
}
