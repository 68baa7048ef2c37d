/**
 * Small-number suppression of published figures.
 *
 * A figure measured on fewer than {@link MIN_PUBLISHED_COHORT} pupils is withheld (primary suppression).
 * When one half of a partition of all pupils (boys/girls, disadvantaged/not …) is withheld and the other
 * half and the all-pupils figure are shown, the hidden one could be worked out from the other two, so the
 * other half is withheld too (secondary suppression). Withheld figures keep their metric and group, and
 * carry the GSS marker `c` with the reason as data.
 */
import type { Figure, PublishedFigure } from './schemas';
import { PupilGroup } from './vocabulary';

/** Counts, means and percentages need a base of at least 10 (research-environment practice). */
export const MIN_PUBLISHED_COHORT = 10;

export const SUPPRESSION_MARKER = 'c' as const;

function withheld(figure: Figure, reason: string): PublishedFigure {
  return { ...figure, value: null, cohortSize: null, marker: SUPPRESSION_MARKER, reason };
}

/** Applies primary and secondary suppression to one publication's figures, keeping their order. */
export function suppressFigures(figures: readonly Figure[]): PublishedFigure[] {
  const isSmall = (figure: Figure) => figure.cohortSize == null || figure.cohortSize < MIN_PUBLISHED_COHORT;
  const key = (figure: Pick<Figure, 'metric' | 'pupilGroup'>) => `${figure.metric}/${figure.pupilGroup}`;
  const primary = new Set(figures.filter(isSmall).map(key));
  const present = new Set(figures.map(key));

  const secondary = new Set<string>();
  for (const figure of figures) {
    const complement = PupilGroup.complementOf(figure.pupilGroup);
    if (!complement || primary.has(key(figure))) continue;
    const complementKey = key({ metric: figure.metric, pupilGroup: complement });
    const totalShown = present.has(key({ metric: figure.metric, pupilGroup: 'all-pupils' }));
    if (primary.has(complementKey) && totalShown) secondary.add(key(figure));
  }

  return figures.map((figure) => {
    if (primary.has(key(figure))) {
      return withheld(
        figure,
        figure.cohortSize == null
          ? 'cohort size not recorded, so the figure cannot be shown safely'
          : `cohort of fewer than ${MIN_PUBLISHED_COHORT} pupils`,
      );
    }
    if (secondary.has(key(figure))) {
      const complement = PupilGroup.complementOf(figure.pupilGroup)!;
      return withheld(figure, `withheld so that the suppressed ${PupilGroup.label(complement)} figure cannot be worked out from the total`);
    }
    return { ...figure, marker: null, reason: null };
  });
}
