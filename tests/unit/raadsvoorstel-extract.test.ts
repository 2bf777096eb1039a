import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import { extractText } from "../../src/lib/raadsvoorstel/extract.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "raadsvoorstellen");
const BASE = "11-beekdal-inkoop-jeugdhulp";
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, file)));
const statuses = (text: string): string[] => analyseRaadsvoorstel(text).criteria.map((c) => `${c.id}:${c.status}`);

describe("extractText: .txt", () => {
  test("UTF-8 with a BOM: the BOM is dropped", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Financiële paragraaf")]);
    assert.equal(await extractText(bytes, "voorstel.txt"), "Financiële paragraaf");
  });

  test("invalid UTF-8 falls back to Windows-1252 (ë, €, ’)", async () => {
    const bytes = new Uint8Array([
      0x46, 0x69, 0x6e, 0x61, 0x6e, 0x63, 0x69, 0xeb, 0x6c, 0x65, 0x20, 0x80, 0x20, 0x35, 0x92,
    ]);
    assert.equal(await extractText(bytes, "OUD.TXT"), "Financiële € 5’");
  });

  test("UTF-16 with a BOM", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x52, 0x00, 0x69, 0x00, 0x73, 0x00, 0x69, 0x00, 0x63, 0x00, 0x6f, 0x00]);
    assert.equal(await extractText(bytes, "v.txt"), "Risico");
  });

  test("empty or blank files and binary files named .txt give a Dutch error", async () => {
    await assert.rejects(extractText(new Uint8Array(), "leeg.txt"), {
      message: "Dit document is leeg: er staat geen tekst in.",
    });
    await assert.rejects(extractText(new TextEncoder().encode(" \n\t\n"), "leeg.txt"), /leeg/u);
    await assert.rejects(extractText(new Uint8Array([0x50, 0, 0, 1, 2]), "raar.txt"), {
      message: "Dit bestand kon niet worden gelezen: het lijkt geen tekstbestand.",
    });
  });

  test("unsupported types are refused with a Dutch message", async () => {
    await assert.rejects(extractText(new Uint8Array([1]), "voorstel.odt"), {
      message: "Dit bestandstype ('.odt') kan niet worden gelezen. Gebruik een .txt-, .docx- of .pdf-bestand.",
    });
    await assert.rejects(extractText(new Uint8Array([1]), "voorstel"), /zonder extensie/u);
  });
});

describe("extractText: .docx and .pdf fixtures", () => {
  const txt = readFileSync(join(FIXTURES, `${BASE}.txt`), "utf8");

  test(".docx gives the text, and the same statuses as the .txt", async () => {
    const text = await extractText(bytesOf(`${BASE}.docx`), `${BASE}.docx`);
    assert.match(text, /Kinderen en gezinnen in Beekdal moeten soms lang wachten op jeugdhulp\./u);
    assert.deepEqual(statuses(text), statuses(txt));
  });

  test(".pdf keeps headings on their own line, accents and €, and gives the same statuses", async () => {
    const bytes = bytesOf(`${BASE}.pdf`);
    const copy = bytes.slice();
    const text = await extractText(bytes, `${BASE}.pdf`);
    const lines = text.split("\n");
    for (const heading of ["In het kort", "Alternatieven", "Uitvoerbaarheid", "Financiën", "Evaluatie"]) {
      assert.ok(lines.includes(heading), heading);
    }
    assert.match(text, /€ 14,8 miljoen/u);
    assert.match(text, /geïnformeerd/u);
    assert.deepEqual(statuses(text), statuses(txt));
    assert.deepEqual(bytes, copy, "the caller's bytes are left intact");
  });
});

describe("extractText: broken files", () => {
  test("random bytes named .docx", async () => {
    await assert.rejects(extractText(randomBytes(2048), "kapot.docx"), {
      message: "Dit bestand kon niet worden gelezen: het lijkt geen geldig Word-document.",
    });
  });

  test("a truncated .docx (a zip that does not open)", async () => {
    const half = bytesOf(`${BASE}.docx`).subarray(0, 3000);
    await assert.rejects(extractText(half, "half.docx"), /geen geldig Word-document/u);
  });

  test("random bytes and a truncated file named .pdf", async () => {
    await assert.rejects(extractText(randomBytes(2048), "kapot.pdf"), {
      message: "Dit bestand kon niet worden gelezen: het lijkt geen geldige pdf.",
    });
    const header = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");
    await assert.rejects(extractText(header, "half.pdf"), /geen geldige pdf|geen tekst/u);
  });
});
