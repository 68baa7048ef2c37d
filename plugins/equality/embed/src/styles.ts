/**
 * The components' styles, inside their shadow roots. Sites restyle them with the custom properties below
 * (set on the element or any ancestor) or with `::part()`. The defaults meet WCAG 2.2 AA contrast on
 * white: text 19:1, muted text 7:1, links 5.2:1, borders and focus ring over 3:1.
 */
export const CUSTOM_PROPERTIES = {
  '--equality-font': 'inherit',
  '--equality-font-size': '1rem',
  '--equality-text': '#0b0c0c',
  '--equality-muted': '#505a5f',
  '--equality-background': '#ffffff',
  '--equality-accent': '#1d70b8',
  '--equality-focus': '#0b0c0c',
  '--equality-border': '#6f777b',
  '--equality-header-background': '#f3f2f1',
  '--equality-header-text': '#0b0c0c',
  '--equality-withheld': '#6c2c00',
  '--equality-spacing': '1rem',
} as const;

const v = (name: keyof typeof CUSTOM_PROPERTIES) => `var(${name}, ${CUSTOM_PROPERTIES[name]})`;

/** Below this width a table stacks: one block per row, each cell labelled with its column. */
const STACK_BELOW = '40rem';

export const STYLES = `
:host {
  display: block;
  container-type: inline-size;
  font-family: ${v('--equality-font')};
  font-size: ${v('--equality-font-size')};
  line-height: 1.5;
  color: ${v('--equality-text')};
  background: ${v('--equality-background')};
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5em 0 0.5em; }
[part~="heading"] { margin-top: 0; }
p { margin: 0 0 ${v('--equality-spacing')}; }
a { color: ${v('--equality-accent')}; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.15em; }
a:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid ${v('--equality-focus')};
  outline-offset: 2px;
}
.meta, [part~="updated"] { color: ${v('--equality-muted')}; }
/* Never display: none, which would take the live region out of the accessibility tree. */
[part~="status"]:empty { margin: 0; }
[part~="status"] { font-weight: bold; }
.scroll { overflow-x: auto; margin: 0 0 ${v('--equality-spacing')}; }
table { border-collapse: collapse; }
table.wide { width: 100%; }
table.compact { min-width: min(100%, 24rem); }
caption { text-align: left; font-weight: bold; font-size: 1.1em; padding: 0 0 0.5em; }
th, td {
  text-align: left;
  vertical-align: top;
  padding: 0.5em;
  border: 1px solid ${v('--equality-border')};
}
thead th { background: ${v('--equality-header-background')}; color: ${v('--equality-header-text')}; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
ul { margin: 0; padding-left: 1.25em; }
.withheld { color: ${v('--equality-withheld')}; font-style: italic; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@container (max-width: ${STACK_BELOW}) {
  table.wide, table.wide tbody, table.wide tr, table.wide th, table.wide td { display: block; width: 100%; }
  table.wide caption { display: block; }
  table.wide thead {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  }
  table.wide tr { border: 1px solid ${v('--equality-border')}; margin-bottom: ${v('--equality-spacing')}; }
  table.wide th, table.wide td { border: 0; border-top: 1px solid ${v('--equality-border')}; }
  table.wide tr > :first-child { border-top: 0; }
  table.wide [data-label]::before { content: attr(data-label); display: block; font-weight: bold; }
  table.wide td.number { text-align: left; }
}
`;
