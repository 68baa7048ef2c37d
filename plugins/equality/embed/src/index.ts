/**
 * The school-website web components, served by Strapi at /equality/embed.js:
 *
 *   <script src="https://cms.example/equality/embed.js"></script>
 *   <equality-objectives academy="st-georges"></equality-objectives>
 *   <equality-pay-gap></equality-pay-gap>
 */
import { EqualityElement } from './equality-element';
import { EqualityObjectivesElement } from './equality-objectives';
import { EqualityPayGapElement } from './equality-pay-gap';

// Only while this script runs does the page say where it came from: the API is on the same server.
EqualityElement.scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src || undefined;

const elements = { 'equality-objectives': EqualityObjectivesElement, 'equality-pay-gap': EqualityPayGapElement };
for (const [name, element] of Object.entries(elements)) {
  // A page that loads the script twice keeps the first definition.
  if (!customElements.get(name)) customElements.define(name, element);
}
