import "./standalone-runtime"; // first: defines CustomFunctions where Excel does not
import * as core from "../core/queries";
import { networkScore as networkScoreCore } from "../core/scoring/network-score";
import { networkMatrix as networkMatrixCore, weightedValue } from "../core/scoring/score-queries";
import { getDataset } from "./dataset";
import { answer, toCustomFunctionError } from "./errors";
import { workbookEvaluations } from "./workbook";

// The CITYNET custom functions. Each validates its arguments in the core and maps failures to
// CustomFunctions.Error with a message. The JSDoc below is the source of functions.json.

/**
 * Status of a city in a network or organisation: Member, Associate member, Joining, Under consideration, Leaving, Former member, or Not a member (no membership recorded in the sources).
 * @customfunction NETWORK_STATUS
 * @param city City, municipality or county, e.g. "Bergen". Names in English, Norwegian and Swedish are accepted.
 * @param network Network or organisation, e.g. "UBC" or "Eurocities".
 * @param [asOfYear] Year to ask about, e.g. 2015. Leave out for the latest recorded status.
 * @returns The status at the end of that year.
 */
export function networkStatus(city: string, network: string, asOfYear?: any): string {
  return answer(() => core.networkStatus(getDataset(), city, network, asOfYear).status);
}

/**
 * Year the city's current membership of the network began.
 * @customfunction NETWORK_SINCE
 * @param city City, municipality or county, e.g. "Stockholm".
 * @param network Network or organisation, e.g. "EUROCITIES".
 * @returns The year the membership began.
 */
export function networkSince(city: string, network: string): number {
  return answer(() => core.networkSince(getDataset(), city, network));
}

/**
 * One fact about a network or organisation, the latest dated value in the sources.
 * @customfunction NETWORK_INFO
 * @param network Network or organisation, e.g. "METREX".
 * @param field One of: name, acronym, kind, scope, themes, founded, members, secretariat, president, url, description.
 * @returns The fact.
 */
export function networkInfo(network: string, field: string): any {
  return answer(() => core.networkInfo(getDataset(), network, field));
}

/**
 * What the city's own review recommended, or its council decided, about the membership.
 * @customfunction NETWORK_RECOMMENDATION
 * @param city City, municipality or county, e.g. "Bergen".
 * @param network Network or organisation, e.g. "Global Climate Forum".
 * @returns The recommendation or decision, who made it and when.
 */
export function networkRecommendation(city: string, network: string): string {
  return answer(() => core.networkRecommendation(getDataset(), city, network));
}

/**
 * Citation for the city's status in the network: publisher, title, year and a quote in the original language.
 * @customfunction NETWORK_SOURCE
 * @param city City, municipality or county, e.g. "Oslo".
 * @param network Network or organisation, e.g. "C40".
 * @returns The citation.
 */
export function networkSource(city: string, network: string): string {
  return answer(() => core.networkSource(getDataset(), city, network));
}

/**
 * The city's networks and organisations as a spilled list: name, status, year joined.
 * @customfunction CITY_NETWORKS
 * @param city City, municipality or county, e.g. "Bergen".
 * @param [status] Only this status: Member, Associate member, Joining, Under consideration, Leaving, Former member, current or all.
 * @returns Rows of name, status and year joined (blank when the sources give none).
 */
export function cityNetworks(city: string, status?: any): any[][] {
  return answer(() => core.cityNetworks(getDataset(), city, status));
}

/**
 * Known members of a network or organisation as a spilled list: place, country, status, year joined.
 * @customfunction NETWORK_MEMBERS
 * @param network Network or organisation, e.g. "Music Cities Network".
 * @param [status] Only this status: Member, Associate member, Joining, Under consideration, Leaving, Former member, current or all.
 * @returns Rows of place, country code, status and year joined.
 */
export function networkMembers(network: string, status?: any): any[][] {
  return answer(() => core.networkMembers(getDataset(), network, status));
}

/**
 * Twin cities and bilateral partners of a city as a spilled list: partner, country, kind, year begun.
 * @customfunction CITY_PARTNERS
 * @param city City or municipality, e.g. "Bergen".
 * @returns Rows of partner, country code, kind (twin city or bilateral partner) and year begun.
 */
export function cityPartners(city: string): any[][] {
  return answer(() => core.cityPartners(getDataset(), city));
}

/**
 * Known networks and organisations as a spilled list: name, acronym, kind.
 * @customfunction NETWORK_LIST
 * @param [filter] A word to look for in names, kinds, scopes or themes, e.g. "climate" or "Nordic".
 * @returns Rows of name, acronym and kind.
 */
export function networkList(filter?: any): any[][] {
  return answer(() => core.networkList(getDataset(), filter));
}

/**
 * Known cities, municipalities, counties and regions as a spilled list: name, country, kind.
 * @customfunction CITY_LIST
 * @param [filter] A word to look for in names, a country code (e.g. "NO") or a kind (e.g. "county").
 * @returns Rows of name, country code and kind.
 */
export function cityList(filter?: any): any[][] {
  return answer(() => core.cityList(getDataset(), filter));
}

/**
 * Value score (1–5) of a city's membership: from the scores in this workbook's evaluation matrix for that city and framework, else from the scores the sources' words imply.
 * @customfunction NETWORK_SCORE
 * @volatile
 * @param city City or municipality, e.g. "Bergen".
 * @param network Network or organisation, e.g. "UBC".
 * @param [framework] combined, bergen or stockholm; left out, the city's own review's (Bergen, Stockholm), else combined.
 * @returns The value score from 1 to 5.
 */
export async function networkScore(
  city: string,
  network: string,
  framework?: any
): Promise<number> {
  try {
    const r = score(city, network, framework, await workbookEvaluations());
    return r.value as number;
  } catch (error) {
    throw toCustomFunctionError(error);
  }
}

/**
 * The model's recommendation for a membership's value score: Strengthen, Continue, Review or Leave; Join or Do not join for a candidate.
 * @customfunction NETWORK_VERDICT
 * @volatile
 * @param city City or municipality, e.g. "Bergen".
 * @param network Network or organisation, e.g. "UBC".
 * @param [framework] combined, bergen or stockholm; left out, the city's own review's (Bergen, Stockholm), else combined.
 * @returns The recommendation.
 */
export async function networkVerdict(
  city: string,
  network: string,
  framework?: any
): Promise<string> {
  try {
    const r = score(city, network, framework, await workbookEvaluations());
    return r.recommendation as string;
  } catch (error) {
    throw toCustomFunctionError(error);
  }
}

function score(
  city: string,
  network: string,
  framework: unknown,
  workbook: Awaited<ReturnType<typeof workbookEvaluations>>
) {
  return networkScoreCore(getDataset(), city, network, framework, workbook);
}

/**
 * Matrix of networks by cities, with headers: value scores (the team's from this workbook's matrix for the city, else the sources'; the status where nothing is scored), statuses, years joined or where each value comes from.
 * @customfunction NETWORK_MATRIX
 * @volatile
 * @param cities Cities: a range of names, or text like "Bergen, Oslo, Stockholm".
 * @param networks Networks: a range or text like "EUROCITIES, UBC"; leave blank ("") for all the cities' organisations.
 * @param [measure] value (default), status, since, or origin (the matrix cell a value comes from, or "sources").
 * @returns A matrix with the cities across and the networks down.
 */
export async function networkMatrix(
  cities: any[][],
  networks: any[][],
  measure?: any
): Promise<any[][]> {
  try {
    // Statuses and years do not depend on the workbook: no read for them.
    const m = typeof measure === "string" ? measure.trim().toLowerCase() : measure;
    const workbook = m === "status" || m === "since" ? [] : await workbookEvaluations();
    return networkMatrixCore(getDataset(), cities, networks, measure, undefined, workbook);
  } catch (error) {
    throw toCustomFunctionError(error);
  }
}

/**
 * The weighted value of a row of scores, as CityNet's model computes it: blanks and text are not assessed and the weights renormalise.
 * @customfunction NETWORK_WEIGHTED
 * @param scores A row (or column) of scores from 1 to 5.
 * @param weights The weights, one per score.
 * @param [directions] "benefit" or "cost" per score; a cost score counts as 6 minus the score.
 * @returns The weighted value from 1 to 5.
 */
export function networkWeighted(scores: any[][], weights: any[][], directions?: any[][]): number {
  return answer(() => weightedValue(scores, weights, directions));
}
