import type { Document } from "../document";

// 004_16dddb4ffe28ee3d.txt: Osloregionen's own slides, c. 2008. Quotes are copied from the slide transcript.
export const osloregionen2008: Document = {
  source: "osloregionen-2008",
  organisations: [
    {
      org: "osloregionen",
      description: [
        {
          value:
            "Voluntary strategic and political alliance of municipalities and county councils in the Oslo capital area, aiming to make the Oslo region a competitive and sustainable region in Europe.",
          quote:
            "Målet er å styrke Osloregionen som en konkurransedyktig og bærekraftig region i Europa",
        },
      ],
      scope: [
        {
          value: "Regional",
          quote:
            "Frivillig sammenslutning mellom 57 kommuner og to fylkeskommuner i hovedstadsområdet",
        },
      ],
      themes: [
        {
          value: ["economy", "planning", "transport", "knowledge"],
          quote:
            "Innsatsområder: profilering kompetanse og verdiskaping utbyggingsmønster, samferdsel og kommunikasjon sosial infrastruktur",
        },
      ],
      founded: [{ value: 2004, quote: "Stiftet 17.12. 2004", note: "Founded 17 December 2004." }],
      members: [
        {
          value: {
            count: 57,
            unit: "municipalities",
            associates: 2,
            associatesUnit: "county councils",
          },
          quote: "Frivillig sammenslutning mellom 57 kommuner og to fylkeskommuner",
          note: "57 municipalities and two county councils. The member slide lists Oslo, Akershus and Østfold county councils, all 22 municipalities in Akershus, all 18 in Østfold, 8 in Buskerud, 3 in Oppland and 5 in Vestfold.",
        },
      ],
      secretariat: [
        { value: "Own secretariat", quote: "Administrativ organisering: Eget sekretariat" },
      ],
      url: [{ value: "https://www.osloregionen.no", quote: "www.osloregionen.no" }],
    },
  ],
  memberships: [
    {
      place: "oslo",
      org: "osloregionen",
      events: [
        {
          type: "joined",
          year: 2004,
          quote: "Stiftet 17.12. 2004",
          note: "Oslo is listed as a member; the alliance was founded 17 December 2004. That Oslo joined at the founding is inferred.",
        },
        { type: "member", quote: "Medlemmer Oslo kommune" },
        {
          type: "role",
          detail: "Seat on the board (the Oslo city government commissioner, byråden i Oslo)",
          quote: "Styret (regionrådsledere, fylkesordførere og byråden i Oslo)",
        },
      ],
    },
    {
      place: "akershus",
      org: "osloregionen",
      events: [{ type: "member", quote: "Akershus fylkeskommune" }],
    },
    {
      place: "ostfold",
      org: "osloregionen",
      events: [{ type: "member", quote: "Østfold fylkeskommune" }],
    },
    {
      place: "horten",
      org: "osloregionen",
      events: [
        {
          type: "joined",
          year: 2008,
          quote: "5 kommuner i Vestfold (Horten kommune fra 1.1.2008)",
          note: "Member from 1 January 2008.",
        },
      ],
    },
  ],
  relations: [],
};
