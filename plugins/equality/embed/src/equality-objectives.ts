/**
 * `<equality-objectives academy="st-georges">`: an academy's published objectives, its statement in
 * force, its latest equality information and when any of it last changed.
 */
import type { EqualityClient } from '@equality-hub/client/core';
import { informationSection, lastUpdated, statementSection } from './academy-sections';
import { h, heading } from './dom';
import { EmbedSetupError, EqualityElement, type Rendered } from './equality-element';
import { objectivesTable } from './objectives-table';

export class EqualityObjectivesElement extends EqualityElement {
  static readonly observedAttributes = ['academy', ...EqualityElement.commonAttributes];

  protected readonly loadingTitle = 'Equality objectives';
  protected readonly loadingMessage = 'Loading equality objectives…';

  private get academy(): string {
    return (this.getAttribute('academy') ?? '').trim();
  }

  protected notFoundMessage(): string {
    return `No academy "${this.academy}" has published equality information here.`;
  }

  protected async render(client: EqualityClient, level: number): Promise<Rendered> {
    if (!this.academy) throw new EmbedSetupError('Set the academy attribute to the academy\'s short name, e.g. academy="st-georges".');
    const page = await client.academyEquality(this.academy);
    const objectives = h(
      'section',
      { part: 'objectives' },
      heading(level + 1, {}, 'Our equality objectives'),
      page.plans.length > 0 ? page.plans.map(objectivesTable) : h('p', {}, 'No equality objectives have been published yet.'),
    );
    return {
      title: `${page.academy.name}: equality objectives and information`,
      content: [objectives, statementSection(page.statement, level + 1), informationSection(page.information, level + 1), lastUpdated(page.lastUpdated)],
    };
  }
}
