/** Reads the tables of a server-rendered page as data, for tests that compare them with the API. */

export interface HtmlCell {
  text: string;
  /** The cell's data-value (the raw number or code behind its text), if any. */
  value?: string;
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The rows of the table with that id, by their data-key; each row's cells in order (row header first). */
export function htmlTable(html: string, id: string): Map<string, HtmlCell[]> {
  const table = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(html);
  if (!table) throw new Error(`no table with id "${id}" in the page`);
  const rows = new Map<string, HtmlCell[]>();
  for (const [, key, content] of table[1]!.matchAll(/<tr data-key="([^"]*)">([\s\S]*?)<\/tr>/g)) {
    const cells = [...content!.matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)].map(([, , attributes, text]) => {
      const value = /data-value="([^"]*)"/.exec(attributes!)?.[1];
      return { text: decode(text!.replace(/<[^>]+>/g, '')), ...(value === undefined ? {} : { value: decode(value) }) };
    });
    rows.set(decode(key!), cells);
  }
  return rows;
}
