import type { EventType } from "./model";

export const STATUSES = [
  "Member",
  "Associate member",
  "Joining",
  "Under consideration",
  "Leaving",
  "Former member",
  "Not a member",
] as const;
export type Status = (typeof STATUSES)[number];

/** Order of events within one year: a join comes before what a member does, a decision to leave after. */
const EVENT_ORDER: Record<EventType, number> = {
  "asked-to-consider": 0,
  "decided-to-join": 1,
  joined: 2,
  associate: 3,
  member: 4,
  role: 5,
  active: 6,
  passive: 7,
  "decided-to-leave": 8,
  left: 9,
};

export function compareEvents(
  a: { type: EventType; year: number },
  b: { type: EventType; year: number }
): number {
  return a.year - b.year || EVENT_ORDER[a.type] - EVENT_ORDER[b.type];
}

const IN_MEMBERSHIP = new Set<Status>(["Member", "Associate member", "Leaving"]);

/** The status after one more event, given the status before it. */
export function nextStatus(before: Status | undefined, type: EventType): Status | undefined {
  switch (type) {
    case "joined":
    case "member":
      // A later attestation as full member upgrades an associate; it does not undo a decision to leave.
      return before === "Leaving" ? "Leaving" : "Member";
    case "associate":
      return before === "Leaving" ? "Leaving" : "Associate member";
    case "role":
    case "active":
    case "passive":
      // Holding a seat or taking part implies membership; it keeps an associate an associate.
      return before !== undefined && IN_MEMBERSHIP.has(before) ? before : "Member";
    case "asked-to-consider":
      return before !== undefined && (IN_MEMBERSHIP.has(before) || before === "Joining")
        ? before
        : "Under consideration";
    case "decided-to-join":
      return before !== undefined && IN_MEMBERSHIP.has(before) ? before : "Joining";
    case "decided-to-leave":
      return "Leaving";
    case "left":
      return "Former member";
  }
}

/**
 * The status at the end of a year from a sorted event history; undefined when the history has nothing
 * up to that year.
 */
export function statusAt<E extends { type: EventType; year: number }>(
  sortedEvents: readonly E[],
  year: number
): { status: Status; event: E } | undefined {
  let status: Status | undefined;
  let decisive: E | undefined;
  for (const event of sortedEvents) {
    if (event.year > year) break;
    const next = nextStatus(status, event.type);
    if (next !== status || decisive === undefined) decisive = event;
    status = next;
  }
  return status && decisive ? { status, event: decisive } : undefined;
}
