/**
 * A real SMTP server on an ephemeral local port that keeps every message it accepts in memory: for tests
 * of what Strapi e-mails. It requires the given login (over plain text: no STARTTLS on localhost) and
 * can refuse chosen recipients, as a mail server refuses an unknown mailbox.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMessage {
  from: string | null;
  to: string[];
  /** The message's headers, names lower-cased, folded lines joined. */
  headers: Map<string, string>;
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  messages: CapturedMessage[];
  /** Addresses the server answers "mailbox unavailable" for. */
  refused: Set<string>;
  close(): Promise<void>;
}

function readHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

export async function startSmtpServer(login: { user: string; pass: string }): Promise<TestSmtpServer> {
  const messages: CapturedMessage[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === login.user && auth.password === login.pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      callback(refused.has(address.address) ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const { mailFrom, rcptTo } = session.envelope;
        messages.push({ from: mailFrom ? mailFrom.address : null, to: rcptTo.map((address) => address.address), headers: readHeaders(raw), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    port,
    messages,
    refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
