/**
 * Draws a chart's standalone SVG into a PNG at twice its size, in the reader's browser, and
 * saves it: the site publishes no PNG files of its charts, only the SVG they are drawn from.
 */
export async function downloadPng(button: HTMLButtonElement): Promise<void> {
  const src = button.dataset["pngDownload"];
  if (!src || button.disabled) return;
  button.disabled = true;
  try {
    const svg = await (await fetch(src)).blob();
    const url = URL.createObjectURL(svg);
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(png);
    link.download = button.dataset["name"] ?? "chart.png";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  } finally {
    button.disabled = false;
  }
}
