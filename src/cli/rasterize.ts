/** SVG → PNG in the CLI: resvg (Rust, prebuilt for each platform), with the system's fonts. */
import type { Rasterize } from '../docx/evaluation-docx';

export const rasterizeWithResvg: Rasterize = async (svg, width, _height, scale) => {
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: true, defaultFontFamily: 'Times New Roman' },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
};
