/**
 * What both components share: a shadow root with the styles, a section headed at the level the page asks
 * for (`heading-level`, 2 unless set), a polite live region that announces loading and errors, and a
 * reload whenever an observed attribute changes (an older load that finishes late is ignored).
 */
import { EqualityApiError, type EqualityClient } from '@equality-hub/client/core';
import { apiBase } from './api-base';
import { createEmbedClient } from './client';
import { append, h, heading, uniqueId, type Child } from './dom';
import { STYLES } from './styles';

/** A mistake in the page's markup, explained to whoever wrote it. */
export class EmbedSetupError extends Error {}

export interface Rendered {
  /** The section's heading once the data is in. */
  title: string;
  content: Child;
}

export abstract class EqualityElement extends HTMLElement {
  /** The attributes every component reads; subclasses add theirs. */
  static readonly commonAttributes = ['api', 'heading-level'];

  /** The src of the script that defined the elements, captured while it ran (index.ts sets it). */
  static scriptSrc: string | undefined;

  private loads = 0;

  /** The heading shown while loading. */
  protected abstract readonly loadingTitle: string;
  /** What the live region says while loading. */
  protected abstract readonly loadingMessage: string;
  protected abstract render(client: EqualityClient, headingLevel: number): Promise<Rendered>;
  /** What a visitor is told when the server says there is nothing to show. */
  protected abstract notFoundMessage(): string;

  connectedCallback(): void {
    void this.load();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    // An element upgraded in place reports its attributes just before it connects: that first load is
    // connectedCallback's.
    if (this.isConnected && this.loads > 0 && previous !== next) void this.load();
  }

  protected get headingLevel(): number {
    const level = Number(this.getAttribute('heading-level') ?? 2);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }

  private async load(): Promise<void> {
    const load = (this.loads += 1);
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const headingId = uniqueId('equality-heading');
    const title = heading(this.headingLevel, { id: headingId, part: 'heading' }, this.loadingTitle);
    const status = h('p', { part: 'status', role: 'status', 'aria-live': 'polite' });
    const body = h('div', { part: 'body' });
    const section = h('section', { part: 'section', 'aria-labelledby': headingId, 'aria-busy': 'true' }, title, status, body);
    root.replaceChildren(h('style', {}, STYLES), section);
    // Set after the live region is in the page, so that assistive technology announces it.
    status.textContent = this.loadingMessage;
    try {
      const base = apiBase(this.getAttribute('api'), (this.constructor as typeof EqualityElement).scriptSrc, document.baseURI);
      if (!base) throw new EmbedSetupError('Set the api attribute to the address of the Equality Hub server, e.g. api="https://cms.example".');
      const rendered = await this.render(createEmbedClient(base), this.headingLevel);
      if (load !== this.loads) return;
      title.textContent = rendered.title;
      body.replaceChildren();
      append(body, rendered.content);
      status.textContent = '';
    } catch (error) {
      if (load !== this.loads) return;
      status.textContent = this.explain(error);
      // The details are for the site's developers, not its visitors.
      console.error(`<${this.localName}>`, error);
    } finally {
      if (load === this.loads) section.removeAttribute('aria-busy');
    }
  }

  private explain(error: unknown): string {
    if (error instanceof EmbedSetupError) return error.message;
    if (error instanceof EqualityApiError && error.kind === 'not-found') return this.notFoundMessage();
    return 'This information could not be loaded just now. Please try again later.';
  }
}
