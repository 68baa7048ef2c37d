/**
 * The Board report over HTTP: GET /reports/trust.html, .csv and .pdf (?academicYear=2025/26&asOf=YYYY-MM-DD),
 * and the executives' sign-in form. Each report runs the one GraphQL operation in-process with the
 * viewer's own context; anonymous viewers get the public sections only.
 */
import crypto from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Authenticate, Viewer } from '../auth';
import type { AppContext } from '../context';
import { ErrorCode } from '../errors';
import type { StrapiSource } from '../sources/strapi-source';
import { buildReport, type ReportAnswer } from './build-report';
import { reportCsv } from './csv';
import { contentSecurityPolicy } from './html/layout';
import { reportPage } from './html/report-page';
import { problemPage, signInPage } from './html/sign-in-page';
import { BOARD_REPORT_OPERATION, type BoardReportData } from './operation';
import { reportParams, type ReportParams } from './params';
import { reportPdf } from './pdf';
import { isSameOrigin, readCookie, REPORT_PATH, safeNext, SESSION_COOKIE, sessionCookieOptions } from './session';
import { SignInForm, signIn } from './sign-in';

export interface BoardReportOptions {
  server: ApolloServer<AppContext>;
  /** A fresh request context (loaders, failures) for the viewer, as the GraphQL endpoint builds one. */
  contextFor: (viewer: Viewer) => AppContext;
  authenticate: Authenticate;
  trust: StrapiSource;
  production: boolean;
  log: (message: string) => void;
}

const ANONYMOUS: Viewer = { kind: 'anonymous' };
const FORMATS = ['html', 'csv', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** Headers of every report response: personal to the viewer, never cached, never framed or sniffed. */
function privateHeaders(response: Response) {
  response.set({ 'Cache-Control': 'no-store', Vary: 'Cookie', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' });
}

function sendPage(response: Response, status: number, render: (nonce: string) => string) {
  const nonce = crypto.randomBytes(16).toString('base64');
  privateHeaders(response);
  response.status(status).set('Content-Security-Policy', contentSecurityPolicy(nonce)).type('html').send(render(nonce));
}

function sendProblem(response: Response, format: Format, status: number, title: string, problem: string) {
  if (format === 'html') return sendPage(response, status, (nonce) => problemPage({ nonce, title, problem }));
  privateHeaders(response);
  response.status(status).type('text/plain').send(`${problem}\n`);
}

const fileName = (params: ReportParams, format: Format) => `trust-report-${params.academicYear.replace('/', '-')}-${params.asOf}.${format}`;

export function boardReportRouter(options: BoardReportOptions): express.Router {
  const router = express.Router();
  const clearSession = (response: Response) => {
    const { maxAge: _maxAge, ...cookie } = sessionCookieOptions(options.production);
    response.clearCookie(SESSION_COOKIE, cookie);
  };

  /** The viewer of a report request, from the session cookie; a notice when the session no longer holds. */
  async function viewerOf(request: Request, response: Response): Promise<{ viewer: Viewer; notice?: string }> {
    const jwt = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!jwt) return { viewer: ANONYMOUS };
    try {
      return { viewer: await options.authenticate(`Bearer ${jwt}`) };
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code !== ErrorCode.UNAUTHENTICATED) return { viewer: ANONYMOUS, notice: 'Your sign-in could not be checked just now, so only the public sections are shown.' };
      clearSession(response);
      return { viewer: ANONYMOUS, notice: 'Your sign-in has expired: sign in again to see the pay and recruitment sections.' };
    }
  }

  async function runReport(viewer: Viewer, params: ReportParams, executive: boolean) {
    const response = await options.server.executeOperation<BoardReportData>(
      { query: BOARD_REPORT_OPERATION, variables: { ...params, executive } },
      { contextValue: options.contextFor(viewer) },
    );
    if (response.body.kind !== 'single') throw new Error('The report operation answered incrementally');
    return response.body.singleResult;
  }

  router.get(REPORT_PATH, (_request, response) => response.redirect(303, `${REPORT_PATH}/trust.html`));

  for (const format of FORMATS) {
    router.get(`${REPORT_PATH}/trust.${format}`, async (request: Request, response: Response) => {
      const parsed = reportParams(request.query as Record<string, unknown>);
      if (!parsed.ok) return sendProblem(response, format, 400, 'The report cannot be made', parsed.problem);
      const { params } = parsed;
      const { viewer, notice } = await viewerOf(request, response);
      const executive = viewer.kind === 'user' && viewer.executive;
      const result = await runReport(viewer, params, executive);
      const errors = result.errors ?? [];
      if (!result.data?.trustReport) {
        const badInput = errors.some((error) => error.extensions?.code === ErrorCode.BAD_USER_INPUT);
        return sendProblem(response, format, badInput ? 400 : 503, 'The report cannot be made', errors[0]?.message ?? 'The Trust report could not be read.');
      }
      const answer: ReportAnswer = { data: result.data, errors };
      if (format === 'csv') {
        privateHeaders(response);
        return response.attachment(fileName(params, format)).type('text/csv; charset=utf-8').send(reportCsv(answer.data, params, executive));
      }
      const report = buildReport(answer, params, executive);
      if (format === 'pdf') {
        privateHeaders(response);
        return response.attachment(fileName(params, format)).type('application/pdf').send(await reportPdf(report));
      }
      return sendPage(response, 200, (nonce) => reportPage(report, { nonce, params, signInNotice: notice }));
    });
  }

  router.get(`${REPORT_PATH}/sign-in`, (request, response) => {
    sendPage(response, 200, (nonce) => signInPage({ nonce, next: safeNext(request.query.next) }));
  });

  const form = express.urlencoded({ extended: false, limit: '4kb' });

  router.post(`${REPORT_PATH}/sign-in`, form, async (request: Request, response: Response) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    if (!isSameOrigin(request)) {
      return sendPage(response, 403, (nonce) => problemPage({ nonce, title: 'Not signed in', problem: "The sign-in form can only be sent from the report's own page." }));
    }
    const email = typeof body.email === 'string' ? body.email : '';
    const fields = SignInForm.safeParse(body);
    if (!fields.success) {
      const problem = fields.error.issues.map((issue) => issue.message).join('. ');
      return sendPage(response, 400, (nonce) => signInPage({ nonce, next, email, problem }));
    }
    const outcome = await signIn(options.trust, options.authenticate, fields.data.email, fields.data.password);
    if (!outcome.ok) return sendPage(response, outcome.status, (nonce) => signInPage({ nonce, next, email, problem: outcome.problem }));
    privateHeaders(response);
    response.cookie(SESSION_COOKIE, outcome.jwt, sessionCookieOptions(options.production));
    return response.redirect(303, next);
  });

  router.post(`${REPORT_PATH}/sign-out`, form, (request: Request, response: Response) => {
    if (!isSameOrigin(request)) {
      return sendPage(response, 403, (nonce) => problemPage({ nonce, title: 'Still signed in', problem: "Signing out can only be asked from the report's own page." }));
    }
    clearSession(response);
    privateHeaders(response);
    return response.redirect(303, `${REPORT_PATH}/trust.html`);
  });

  // Anything unexpected: logged here, and no detail (upstream URLs, tokens) in the answer.
  router.use(REPORT_PATH, (error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    options.log(`Board report failed: ${(error as Error)?.stack ?? String(error)}`);
    if (!response.headersSent) sendProblem(response, 'html', 500, 'The report cannot be made', 'Something went wrong making the report. Try again shortly.');
  });

  return router;
}
