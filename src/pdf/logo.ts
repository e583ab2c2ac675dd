// Leverancier logos (PNG or JPEG files named in content/leveranciers.yaml), read
// once per thread: thousands of client reports draw the same few files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Doc } from './layout.ts';

const logos = new Map<string, Buffer>();

function logoBytes(file: string): Buffer {
  let bytes = logos.get(file);
  if (!bytes) logos.set(file, (bytes = readFileSync(resolve(file))));
  return bytes;
}

/** Draws the logos side by side at the current position, `height` points tall; moves below them. */
export function logoRow(doc: Doc, files: readonly string[], height = 28): void {
  if (files.length === 0) return;
  const y = doc.y;
  let x = doc.page.margins.left;
  for (const file of files) {
    doc.image(logoBytes(file), x, y, { height });
    x += height * 4 + 16;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + height + 10;
}
