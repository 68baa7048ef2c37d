/**
 * Builds the component's DOM from data. Text always goes in as text nodes, never as HTML, so nothing a
 * record holds can inject markup into the school's page.
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Attributes = Record<string, string | number | null | undefined | false>;

/** Appends children (text as text nodes; nulls and falses left out) to a node. */
export function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach((item) => append(parent, item));
  else parent.appendChild(typeof child === 'object' ? (child as Node) : document.createTextNode(String(child)));
}

/** `h('a', { href }, 'text')`: an element with attributes (false and null ones left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** A heading at a level from 1 to 6, whatever level was asked for. */
export function heading(level: number, attributes: Attributes, ...children: Child[]): HTMLHeadingElement {
  const clamped = Math.min(6, Math.max(1, Math.round(level) || 2));
  return h(`h${clamped}` as 'h2', attributes, ...children);
}

/** One item as text, several as a list: how a table cell shows a list of entries. */
export function textOrList(items: readonly Child[]): Child {
  if (items.length <= 1) return items[0];
  return h('ul', { part: 'list' }, items.map((item) => h('li', {}, item)));
}

/** A `<time>` for an ISO date, written out for people. */
export function time(datetime: string, text: string): HTMLTimeElement {
  return h('time', { datetime }, text);
}

let counter = 0;
/** An id unique within the page, for aria-labelledby inside one shadow root. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

