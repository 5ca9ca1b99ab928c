import type { ScoreDocumentData } from "../../core/scoring/evidence";
import { bergen2020Part1Scores } from "./bergen-2020-part1";
import { bergen2020Part2Scores } from "./bergen-2020-part2";
import { stockholm2011Scores } from "./stockholm-2011";

/** Scores the documents' own words imply, criterion by criterion, with quotes. */
export const SOURCE_SCORES: readonly ScoreDocumentData[] = [
  bergen2020Part1Scores,
  bergen2020Part2Scores,
  stockholm2011Scores,
];
