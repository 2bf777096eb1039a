/* Imported by DuidenWerkblad on export only, so drawing a PNG costs the page nothing on load. */

/** The chart's SVG as PNG bytes, drawn in the browser at export time only (Word wants a picture). */
export async function chartPng(uid: string): Promise<{ bytes: Uint8Array; width: number; height: number } | undefined> {
  const svg = document.querySelector<SVGSVGElement>(`[data-chart="${uid}"] svg`);
  if (!svg) return undefined;
  const width = Number(svg.getAttribute("width")) || 640;
  const height = Number(svg.getAttribute("height")) || 380;
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = 2; // sharp when printed
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) return undefined;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    return blob ? { bytes: new Uint8Array(await blob.arrayBuffer()), width, height } : undefined;
  } finally {
    URL.revokeObjectURL(url);
  }
}
