/**
 * The leeratelier pages in the search index. They are Astro pages, not MDX cards, so their searchable
 * text is kept here; the `##` headings match the ids on /leeratelier/ so a hit deep-links to the section.
 */
export const LEERATELIER_ZOEKKAART = {
  url: "/leeratelier/",
  title: "Leeratelier",
  body: [
    "Een griffier brengt in een leeratelier of dialoogavond de bijdragen van raadsleden samen en laat zien waar de raad het eens is en waar niet.",
    "## De vier pagina's van het leeratelier",
    "Voorbereiden, ophalen, samen bekijken en vastleggen. De griffier maakt een bijeenkomst-bestand en een leeg werkblad om af te drukken. Raadsleden maken een bijdrage met een naam of schuilnaam.",
    "## Wat je ziet als je de bijdragen samenlegt",
    "Waarden met hun aantallen, leidende principes en maatschappelijke resultaten per thema, scores van 1 tot 5 met instemming en een vlag bij een verdeelde raad. Projectiestand voor de muur, hand-outs, export naar Markdown, Word en CSV.",
    "## Een leeratelier in vijf stappen",
    "Voorbereiden, bijdrage maken, ophalen, samen bekijken en de raadsvisie vastleggen als werkboek dat de raadsvoorstel-toets als toetsstenen gebruikt.",
  ].join("\n\n"),
};
