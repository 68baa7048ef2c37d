/** The Board report as an HTML page: every chart with its table of the same numbers, no script. */
import { chartSvg } from '../charts/svg';
import { escapeHtml } from '../escape';
import { longDate } from '../format';
import type { Block, Cell, Report, Section, Table } from '../model';
import { reportQueryString, type ReportParams } from '../params';
import { page } from './layout';

const e = escapeHtml;

function cellHtml(cell: Cell, tag: 'th' | 'td'): string {
  const attributes = [
    tag === 'th' ? ' scope="row"' : '',
    cell.tone ? ` class="tone-${cell.tone}"` : '',
    cell.value !== undefined && cell.value !== null ? ` data-value="${e(String(cell.value))}"` : '',
  ].join('');
  return `<${tag}${attributes}>${e(cell.text)}</${tag}>`;
}

function tableHtml(table: Table): string {
  const head = table.columns.map((column) => `<th scope="col">${e(column)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr data-key="${e(row.key)}">${row.cells.map((cell, index) => cellHtml(cell, index === 0 ? 'th' : 'td')).join('')}</tr>`)
    .join('\n');
  // A focusable, labelled region, so that a table wider than the screen can be scrolled from the keyboard.
  return `<div class="table-wrap" role="region" aria-labelledby="${e(table.id)}-caption" tabindex="0">
<table id="${e(table.id)}"><caption id="${e(table.id)}-caption">${e(table.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${e(block.text)}</p>`;
    case 'table':
      return tableHtml(block.table);
    case 'chart':
      return `<figure>${chartSvg(block.chart)}<figcaption>${e(block.chart.title)} (the table below gives the same numbers)</figcaption></figure>`;
  }
}

const sectionHtml = (section: Section) =>
  `<section id="${e(section.id)}" aria-labelledby="${e(section.id)}-heading"${section.restricted ? ' data-restricted="true"' : ''}>
<h2 id="${e(section.id)}-heading">${e(section.title)}</h2>
${section.blocks.map(blockHtml).join('\n')}
</section>`;

export interface ReportPageOptions {
  nonce: string;
  params: ReportParams;
  /** Notices about the sign-in itself (expired, could not be checked). */
  signInNotice?: string;
}

export function reportPage(report: Report, options: ReportPageOptions): string {
  const query = reportQueryString(options.params);
  const here = `/reports/trust.html?${query}`;
  const account = report.executive
    ? `<span>Signed in as a Trust executive</span><form method="post" action="/reports/sign-out"><button type="submit" class="link">Sign out</button></form>`
    : `<a href="/reports/sign-in?${new URLSearchParams({ next: here })}">Sign in as a Trust executive</a>`;
  const notices = [...(options.signInNotice ? [options.signInNotice] : []), ...report.notices];
  const body = `<header>
<p class="kicker">Equality Hub</p>
<h1>${e(report.title)}</h1>
<p>Judged on ${e(longDate(report.asOf))}: every statutory and overdue rule is applied as on that day.</p>
<nav class="tools" aria-label="This report">
<a href="/reports/trust.csv?${e(query)}">Download as CSV</a>
<a href="/reports/trust.pdf?${e(query)}">Download as PDF</a>
${account}
</nav>
<form class="params" method="get" action="/reports/trust.html">
<div><label for="academicYear">Academic year</label><input id="academicYear" name="academicYear" value="${e(report.academicYear)}" pattern="\\d{4}/\\d{2}" inputmode="numeric" aria-describedby="academicYear-hint"> <small id="academicYear-hint">such as 2025/26</small></div>
<div><label for="asOf">Judged on</label><input id="asOf" name="asOf" type="date" value="${e(report.asOf)}"></div>
<div><button type="submit">Show the report</button></div>
</form>
</header>
<main id="main">
${notices.length ? `<div class="notices" role="status"><h2>Notices</h2><ul>${notices.map((notice) => `<li>${e(notice)}</li>`).join('')}</ul></div>` : ''}
${report.sections.map(sectionHtml).join('\n')}
${report.executive ? '' : `<section class="restricted-note" aria-labelledby="restricted-heading"><h2 id="restricted-heading">Pay and recruitment</h2><p>The gender pay gap by pay quarter and the blind-recruitment rollout are shown to Trust executives only. <a href="/reports/sign-in?${e(new URLSearchParams({ next: here }).toString())}">Sign in</a> to see them.</p></section>`}
</main>
<footer>Made by Equality Hub from the Trust-wide GraphQL report (trustReport${report.executive ? ', blindRecruitment' : ''}), so its numbers are the API's.</footer>`;
  return page({ title: report.title, nonce: options.nonce, body });
}
