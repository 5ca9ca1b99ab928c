import "./standalone-runtime"; // first: defines CustomFunctions where Excel does not
import * as core from "../core/queries";
import { getDataset } from "./dataset";
import { answer } from "./errors";

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
 * Citation for the city's status in the network: publisher, document, date, file and a quote in the original language.
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
