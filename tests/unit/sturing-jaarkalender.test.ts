import { test } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { addDays, feestdagen, geenWerkdag, isDatum, paaszondag, vorigeWerkdag } from "../../src/lib/sturing/datum.ts";
import { jaarkalender, inJaar, standaardJaar, sturingKalender, type KalenderInvoer } from "../../src/lib/sturing/jaarkalender.ts";
import { TERMIJNEN } from "../../src/lib/sturing/termijnen.ts";
import { escapeText, foldLine, toIcs } from "../../src/lib/sturing/ics.ts";
import { kalenderEvents } from "../../src/lib/sturing/kalenderExport.ts";
import { sturingSchema } from "../../src/schemas/sturing.ts";

const leeg = { kadernota: "", voorjaarsnota: "", najaarsnota: "", begroting: "", jaarstukken: "" };
const invoer = (over: Partial<KalenderInvoer> = {}): KalenderInvoer => ({ jaar: 2026, raad: leeg, regelingen: [], ...over });
const moment = (k: ReturnType<typeof jaarkalender>, id: string) => {
  const m = k.momenten.find((x) => x.id === id);
  assert.ok(m, `moment ${id} ontbreekt`);
  return m;
};

test("dates: real calendar dates only, arithmetic across month and year ends", () => {
  assert.equal(isDatum("2027-02-29"), false);
  assert.equal(isDatum("2028-02-29"), true);
  assert.equal(isDatum("15-11-2026"), false);
  assert.equal(addDays("2026-12-31", 1), "2027-01-01");
  assert.equal(addDays("2027-03-01", -1), "2027-02-28");
});

test("holidays follow art. 3 Algemene termijnenwet, with Easter computed per year", () => {
  assert.equal(paaszondag(2026), "2026-04-05");
  assert.equal(paaszondag(2027), "2027-03-28");
  const f2026 = feestdagen(2026);
  assert.equal(f2026.get("2026-05-14"), "Hemelvaartsdag");
  assert.equal(f2026.get("2026-05-25"), "tweede Pinksterdag");
  assert.equal(f2026.get("2026-04-03"), undefined, "Goede Vrijdag is geen algemeen erkende feestdag");
  // 27 April 2025 is a Sunday: Koningsdag moves to Saturday 26 April.
  assert.equal(feestdagen(2025).get("2025-04-26"), "Koningsdag");
  assert.equal(geenWerkdag("2026-11-14"), "zaterdag");
  assert.equal(vorigeWerkdag("2026-12-27"), "2026-12-24", "Sunday after both Kerstdagen goes back to Thursday");
  assert.equal(vorigeWerkdag("2027-01-01"), "2026-12-31", "Nieuwjaarsdag goes back across the year boundary");
});

test("begroting to GS: the day before 15 November; a Saturday moves to Friday, the legal day is kept", () => {
  const k = jaarkalender(invoer());
  const m = moment(k, "gemeente-begroting-gs");
  assert.equal(m.wettelijk, "2026-11-14");
  assert.equal(m.datum, "2026-11-13");
  assert.match(m.uitleg ?? "", /zaterdag/);
  assert.equal(m.termijn?.artikel, "art. 191, tweede lid, Gemeentewet");
});

test("begroting to GS comes two weeks after an early begrotingsraad; a late one gives a warning", () => {
  const vroeg = jaarkalender(invoer({ raad: { ...leeg, begroting: "2026-10-29" } }));
  assert.equal(moment(vroeg, "gemeente-begroting-gs").datum, "2026-11-12");
  assert.deepEqual(vroeg.waarschuwingen, []);
  const laat = jaarkalender(invoer({ raad: { ...leeg, begroting: "2026-11-19" } }));
  assert.match(laat.waarschuwingen.join(" "), /art\. 191 Gemeentewet/);
});

test("jaarrekening to GS: before 15 July; 14 July 2024 is a Sunday", () => {
  const m = moment(jaarkalender(invoer({ jaar: 2024 })), "gemeente-jaarrekening-gs");
  assert.equal(m.datum, "2024-07-12");
  assert.equal(m.wettelijk, "2024-07-14");
});

test("regeling: kaderbrief before 30 April, ontwerpbegroting twelve weeks before the algemeen bestuur, zienswijze window, GS before 15 September", () => {
  const k = jaarkalender(invoer({ regelingen: [{ id: "ggd", naam: "GGD", abBegroting: "2026-07-02", abJaarrekening: "2026-07-02" }] }));
  assert.equal(moment(k, "gr-ggd-kaders").datum, "2026-04-29");
  assert.equal(moment(k, "gr-ggd-kaders").termijn?.artikel, "art. 34b Wgr");
  const ontwerp = moment(k, "gr-ggd-ontwerpbegroting");
  assert.equal(ontwerp.datum, "2026-04-09", "84 days before Thursday 2 July");
  assert.equal(ontwerp.termijn?.artikel, TERMIJNEN["gr-ontwerpbegroting"].artikel);
  const venster = moment(k, "gr-ggd-zienswijze");
  assert.equal(venster.datum, "2026-04-09");
  assert.equal(venster.tot, "2026-07-01");
  assert.equal(moment(k, "gr-ggd-begroting-gs").datum, "2026-07-16");
  assert.equal(moment(k, "gr-ggd-jaarrekening-gs").datum, "2026-07-14");
  assert.deepEqual(k.waarschuwingen, []);
  // Sorted by date.
  const dates = k.momenten.map((m) => m.datum);
  assert.deepEqual(dates, [...dates].sort());
});

test("year boundary: an algemeen bestuur in February means an ontwerpbegroting in the previous year, on a working day", () => {
  const k = jaarkalender(invoer({ jaar: 2027, regelingen: [{ id: "w", naam: "Werkbedrijf", abBegroting: "2027-02-20", abJaarrekening: "" }] }));
  const ontwerp = moment(k, "gr-w-ontwerpbegroting");
  assert.equal(ontwerp.wettelijk, "2026-11-28", "a Saturday in 2026");
  assert.equal(ontwerp.datum, "2026-11-27");
  const venster = moment(k, "gr-w-zienswijze");
  assert.ok(inJaar(venster, 2027) && inJaar(venster, 2026), "the window spans both years");
  assert.equal(inJaar(ontwerp, 2027), false);
});

test("an algemeen bestuur after 14 September is flagged with its article", () => {
  const k = jaarkalender(invoer({ regelingen: [{ id: "x", naam: "Regio X", abBegroting: "2026-09-24", abJaarrekening: "" }] }));
  assert.equal(moment(k, "gr-x-begroting-gs").datum, "2026-09-14");
  assert.match(k.waarschuwingen.join(" "), /Regio X.*art\. 34 Wgr/);
});

test("the werkboek's sturing part: {} is valid, arrays and records are bounded", () => {
  const s = sturingSchema.parse({});
  assert.equal(s.regelingen.length, 0);
  assert.equal(s.jaarkalender.raad.begroting, "");
  assert.equal(sturingSchema.safeParse({ regelingen: Array.from({ length: 41 }, (_, i) => ({ id: `r${i}` })) }).success, false);
  assert.equal(sturingSchema.safeParse({ jaarkalender: { raad: { begroting: "2026-02-30" } } }).success, false);
  const elementen = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`e${i}`, "x"]));
  assert.equal(sturingSchema.safeParse({ startnotitie: { elementen } }).success, false);
});

test("ics: escaping and folding at 75 octets without splitting a character", () => {
  assert.equal(escapeText("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
  const long = "DESCRIPTION:" + "é".repeat(100);
  const folded = foldLine(long);
  for (const line of folded.split("\r\n")) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  assert.equal(folded.split("\r\n").map((l, i) => (i === 0 ? l : l.slice(1))).join(""), long);
});

test("ics: a real iCalendar parser reads every deadline back as an all-day event", () => {
  const k = jaarkalender(invoer({ jaar: 2027, raad: { ...leeg, begroting: "2027-11-04" }, regelingen: [{ id: "w", naam: "Werkbedrijf; regio, noord", abBegroting: "2027-02-20", abJaarrekening: "" }] }));
  const events = kalenderEvents(k, "wb-1");
  const text = toIcs(events, { name: "Jaarkalender 2027", now: new Date("2026-11-29T12:00:00Z") });
  assert.ok(text.endsWith("\r\n"));
  assert.equal(text.replace(/\r\n/g, "").includes("\n"), false, "only CRLF line ends");
  for (const line of text.split("\r\n")) assert.ok(new TextEncoder().encode(line).length <= 75);
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevents = cal.getAllSubcomponents("vevent");
  assert.equal(vevents.length, events.length);
  const uids = new Set(vevents.map((v) => v.getFirstPropertyValue("uid")));
  assert.equal(uids.size, events.length, "every UID is unique");
  for (const v of vevents) {
    const start = v.getFirstPropertyValue("dtstart") as ICAL.Time;
    assert.equal(start.isDate, true);
    assert.ok(v.getFirstPropertyValue("dtstamp"));
  }
  const venster = vevents.find((v) => String(v.getFirstPropertyValue("summary")).includes("Zienswijze"));
  assert.ok(venster);
  assert.equal(String(venster.getFirstPropertyValue("summary")), "Werkbedrijf; regio, noord: Zienswijze van de raad op de ontwerpbegroting");
  assert.equal((venster.getFirstPropertyValue("dtstart") as ICAL.Time).toString(), "2026-11-27");
  // DTEND is exclusive: the window's last day is Thursday 19 February 2027.
  assert.equal((venster.getFirstPropertyValue("dtend") as ICAL.Time).toString(), "2027-02-20");
  assert.match(String(venster.getFirstPropertyValue("description")), /art\. 35, derde lid, Wgr/);
});

test("without a chosen year the kalender shows this year, and in December the coming one", () => {
  assert.equal(standaardJaar(new Date(2026, 5, 15)), 2026);
  assert.equal(standaardJaar(new Date(2026, 10, 30)), 2026);
  assert.equal(standaardJaar(new Date(2026, 11, 1)), 2027);
  assert.equal(standaardJaar(new Date(2026, 11, 31, 23, 0)), 2027);
  const leeg = sturingSchema.parse({});
  assert.equal(sturingKalender(leeg, standaardJaar(new Date(2026, 11, 3))).jaar, 2027);
  // A year the user chose stays, also in December.
  assert.equal(sturingKalender({ ...leeg, jaarkalender: { ...leeg.jaarkalender, jaar: 2026 } }, standaardJaar(new Date(2026, 11, 3))).jaar, 2026);
});
