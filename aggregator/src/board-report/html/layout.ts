/**
 * The frame of every report page: one inline style sheet allowed by a per-response nonce (the
 * Content-Security-Policy forbids everything else: no script at all), landmarks and a skip link.
 */
import { escapeHtml } from '../escape';

const STYLE = `
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; }
a { color: #005a9c; }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: 0.5rem; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5rem; padding-top: 1rem; }
.kicker { color: #595959; margin: 0; font-weight: 600; }
h1 { margin: 0.2rem 0 0.4rem; font-size: 1.8rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #d0d0d0; }
.tools { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; margin: 0.8rem 0; }
.tools form { display: inline; margin: 0; }
.params { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0.8rem 0 1rem; }
label { display: block; font-weight: 600; }
input { font: inherit; padding: 0.3rem 0.4rem; border: 1px solid #595959; border-radius: 3px; }
button { font: inherit; padding: 0.35rem 0.9rem; border: 1px solid #005a9c; background: #005a9c; color: #ffffff; border-radius: 3px; cursor: pointer; }
button.link { background: none; color: #005a9c; border: none; padding: 0; text-decoration: underline; }
.notices { border-left: 5px solid #8a5a00; background: #fff4e0; padding: 0.5rem 1rem; }
.problem { border-left: 5px solid #b3261e; background: #fbe3e1; padding: 0.5rem 1rem; }
.restricted-note { border-left: 5px solid #005a9c; background: #e8f1f9; padding: 0.5rem 1rem; }
figure { margin: 1rem 0; break-inside: avoid; }
figcaption { color: #595959; font-size: 0.9rem; }
svg.chart { max-width: 100%; height: auto; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid #b0b0b0; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
td[data-value] { font-variant-numeric: tabular-nums; }
.tone-red { background: #fbe3e1; color: #8c1d18; font-weight: 600; }
.tone-amber { background: #fff0cc; color: #6b4500; font-weight: 600; }
.tone-green { background: #dff0e3; color: #17502a; font-weight: 600; }
.tone-gap { background: #fbe3e1; color: #8c1d18; }
.tone-muted { color: #595959; }
footer { margin-top: 3rem; color: #595959; font-size: 0.9rem; }
@media print { .tools, .params, .skip { display: none; } body { max-width: none; } a { color: inherit; } }
`;

export function page(options: { title: string; nonce: string; body: string }): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(options.title)}</title>
<style nonce="${escapeHtml(options.nonce)}">${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
${options.body}
</body>
</html>
`;
}

/** The Content-Security-Policy of a page with that nonce: its own style sheet, forms back to itself, nothing else. */
export function contentSecurityPolicy(nonce: string): string {
  return [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `img-src 'self' data:`, `form-action 'self'`, `frame-ancestors 'none'`, `base-uri 'none'`].join('; ');
}
