/** SVG → PNG in the task pane: the browser draws the SVG into a canvas (its own fonts). */
import type { Rasterize } from './evaluation-docx';

export const rasterizeWithCanvas: Rasterize = async (svg, width, height, scale) => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('Không vẽ được biểu đồ (SVG).'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('Trình duyệt không cho vẽ biểu đồ (canvas).');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('Không tạo được ảnh biểu đồ (PNG).');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};

/** The pane's evaluation writer: the same document as `khcn report`, charts drawn by the browser. */
export { evaluationDocx } from './evaluation-docx';
