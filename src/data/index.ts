import type { RawDataset } from "../core/model";
import { bergen2020Part1 } from "./documents/bergen-2020-part1";
import { bergen2020Part2 } from "./documents/bergen-2020-part2";
import { metroNotes } from "./documents/metro-notes";
import { osloEnvironment } from "./documents/oslo-environment";
import { osloregionen2008 } from "./documents/osloregionen-2008";
import { stockholm2011 } from "./documents/stockholm-2011";
import { ORGANISATIONS } from "./organisations";
import { PLACES } from "./places";
import { SOURCE_SCORES } from "./scores";
import { SOURCES } from "./sources";

/** The bundled dataset: five seed documents, the identities they name, what each says, and the scores their words imply. */
export const RAW_DATASET: RawDataset = {
  sources: SOURCES,
  organisations: ORGANISATIONS,
  places: PLACES,
  documents: [
    metroNotes,
    stockholm2011,
    osloEnvironment,
    bergen2020Part1,
    bergen2020Part2,
    osloregionen2008,
  ],
  scores: SOURCE_SCORES,
};
