// Draws a demo picture for a practice with sharp: a diagonal gradient in the given colour with its caption set in
// an SVG overlay, as a JPEG (1200×800, or 240×160 for fast test runs).
import sharp from 'sharp';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

function shade(hex: string, factor: number): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => Math.min(255, Math.round(((value >> shift) & 0xff) * factor));
  return `rgb(${channel(16)},${channel(8)},${channel(0)})`;
}

/** Breaks a caption into lines of at most `width` characters, at spaces. */
function wrap(caption: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of caption.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function overlay(width: number, height: number, colour: string, caption: string): Buffer {
  const fontSize = Math.round(width / 26);
  const lines = wrap(caption, 40);
  const lineHeight = Math.round(fontSize * 1.3);
  const boxHeight = lines.length * lineHeight + fontSize;
  const text = lines
    .map((line, i) => `<text x="${fontSize}" y="${height - boxHeight + fontSize * 1.2 + i * lineHeight}">${escapeXml(line)}</text>`)
    .join('');
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${shade(colour, 1.35)}"/><stop offset="1" stop-color="${shade(colour, 0.55)}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <rect y="${height - boxHeight}" width="100%" height="${boxHeight}" fill="rgba(0,0,0,0.45)"/>
  <g font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${fontSize}" fill="#ffffff">${text}</g>
</svg>`);
}

export async function generatedImage(colour: string, caption: string, fast: boolean): Promise<Buffer> {
  const [width, height] = fast ? [240, 160] : [1200, 800];
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: overlay(width, height, colour, caption) }])
    .jpeg({ quality: 85 })
    .toBuffer();
}
