import { CRITERIA, type Criterion, type CriterionId, type Localized } from "./criteria";

/** Value thresholds for a recommendation; a value at a threshold gets the higher recommendation. */
export interface Thresholds {
  /** Current memberships: Strengthen at or above this value... */
  strengthen: number;
  /** ...Continue at or above this... */
  continue: number;
  /** ...Review at or above this; below it, Leave. */
  review: number;
  /** Candidates: Join at or above this; below it, Do not join. */
  join: number;
}

export interface FrameworkCriterion {
  criterion: Criterion;
  /** Relative weight, 0 or more. */
  weight: number;
}

export interface Framework {
  id: string;
  label: Localized;
  description: Localized;
  criteria: FrameworkCriterion[];
  thresholds: Thresholds;
}

/**
 * Strengthen from 4.5 (mostly 5s), Continue from 3 (the middle of the scale), Review from 2, else Leave.
 * A candidate is worth joining when it would earn Continue as a member.
 */
export const DEFAULT_THRESHOLDS: Thresholds = { strengthen: 4.5, continue: 3, review: 2, join: 3 };

const use = (id: CriterionId, weight: number): FrameworkCriterion => ({
  criterion: CRITERIA[id],
  weight,
});

/** The three built-in frameworks. Users can define their own (validateFramework checks them). */
export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [
  {
    id: "combined",
    label: { en: "Combined", nb: "Kombinert", sv: "Kombinerad" },
    description: {
      en: "Participation, learning, influence and strategic fit, against resources and travel: the questions of both reviews.",
      nb: "Deltakelse, læring, gjennomslagskraft og strategisk forankring, mot ressursbruk og reiser: spørsmålene fra begge gjennomgangene.",
      sv: "Deltagande, kunskapsutbyte, påverkan och strategisk förankring, mot resursåtgång och resor: frågorna från båda genomgångarna.",
    },
    criteria: [
      use("participation", 1),
      use("learning", 1),
      use("influence", 1),
      use("fit", 1),
      use("resources", 0.5),
      use("travel", 0.5),
    ],
    thresholds: DEFAULT_THRESHOLDS,
  },
  {
    id: "bergen",
    label: { en: "Bergen review", nb: "Bergen-gjennomgangen", sv: "Bergens genomgång" },
    description: {
      en: "Bergen's criteria (c. 2020): passive or active participation, learning outcome and influence.",
      nb: "Bergens kriterier (ca. 2020): passiv eller aktiv deltakelse, læringsutbytte og gjennomslagskraft.",
      sv: "Bergens kriterier (ca 2020): passivt eller aktivt deltagande, kunskapsutbyte och påverkan.",
    },
    criteria: [use("participation", 1), use("learning", 1), use("influence", 1)],
    // Bergen recommends continuing even the memberships it praises most (values up to 4.5 on its
    // words): in its practice Strengthen needs near-perfect scores.
    thresholds: { ...DEFAULT_THRESHOLDS, strengthen: 4.75 },
  },
  {
    id: "stockholm",
    label: { en: "Stockholm strategy", nb: "Stockholm-strategien", sv: "Stockholms strategi" },
    description: {
      en: "Stockholm's international strategy (2008): positioning, operational development, monitoring and influence, with strategic fit, against resources and travel.",
      nb: "Stockholms internasjonale strategi (2008): posisjonering, tjenesteutvikling, omverdensovervåking og påvirkning, med strategisk forankring, mot ressursbruk og reiser.",
      sv: "Stockholms internationella strategi (2008): positionering, verksamhetsutveckling, bevakning och påverkan, med strategisk förankring, mot resurser och resor.",
    },
    criteria: [
      use("positioning", 1),
      use("operations", 1),
      use("monitoring", 1),
      use("influence", 1),
      use("fit", 1),
      use("resources", 1),
      use("travel", 1),
    ],
    // Stockholm asks to deepen the networks it rates well (EUROCITIES 4.25, C40 3.75 on its words) and to
    // leave the ones it rates poorly: in its practice a clear majority of 4s earns Strengthen.
    thresholds: { ...DEFAULT_THRESHOLDS, strengthen: 3.75 },
  },
];

/**
 * The framework of a city's own review, where the dataset has one: Bergen's review (c. 2020) and
 * Stockholm's strategy (2008). A question about such a city without a framework is asked in its terms,
 * so NETWORK_VERDICT("Stockholm";"Metropolis") answers as Stockholm's criteria do.
 */
export const CITY_FRAMEWORKS: Readonly<Record<string, string>> = {
  bergen: "bergen",
  stockholm: "stockholm",
};

/** The framework for a city when none is named: its own review's, else combined. */
export function defaultFramework(cityId: string | undefined): Framework {
  const id = cityId ? CITY_FRAMEWORKS[cityId] : undefined;
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === id) ?? BUILT_IN_FRAMEWORKS[0];
}
