import type { Browser } from 'playwright-core';

/** One picture on the sheet, or null where it could not be taken. */
export interface SheetPicture {
  /** PNG or JPEG bytes. */
  image: Buffer | null;
  /** The screen size it shows, px (sets its aspect on the sheet). */
  width: number;
  height: number;
}

/** A row of the sheet: a label and one picture per column. */
export interface SheetRow {
  label: string[];
  pictures: SheetPicture[];
}

const GAP = 12;
const LABEL_WIDTH = 190;
const HEADER = 30;

/**
 * A contact sheet: every row's pictures scaled to `cellHeight` and laid side by side under the
 * column titles, drawn on a canvas in a blank Chromium page (the browser's own resampling and
 * PNG encoder, no image library), returned as PNG bytes. Labels are ASCII: a blank page has no
 * CJK font.
 */
export async function composeContactSheet(
  browser: Browser,
  columns: string[],
  rows: SheetRow[],
  cellHeight = 180,
): Promise<Buffer> {
  const widths = columns.map((_, c) =>
    Math.max(
      ...rows.map((r) => {
        const p = r.pictures[c];
        return p ? Math.round((cellHeight * p.width) / p.height) : 0;
      }),
    ),
  );
  const lefts = widths.map(
    (_, c) => LABEL_WIDTH + GAP + widths.slice(0, c).reduce((a, w) => a + w + GAP, 0),
  );
  const width = (lefts.at(-1) ?? 0) + (widths.at(-1) ?? 0) + GAP;
  const height = HEADER + rows.length * (cellHeight + GAP) + GAP;
  const page = await browser.newPage();
  try {
    await page.setContent('<canvas></canvas>');
    await page.evaluate(
      ({ width, height, columns, lefts, rows, cellHeight, gap, header }) => {
        const canvas = document.querySelector('canvas') as HTMLCanvasElement;
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.fillStyle = '#1b1f24';
        ctx.fillRect(0, 0, width, height);
        ctx.fillStyle = '#e8edf2';
        ctx.font = 'bold 16px sans-serif';
        ctx.textBaseline = 'middle';
        for (const [c, title] of columns.entries())
          ctx.fillText(title, lefts[c] ?? 0, header / 2 + 2);
        ctx.font = '15px sans-serif';
        for (const [r, label] of rows.entries()) {
          const top = header + r * (cellHeight + gap) + cellHeight / 2 - (label.length - 1) * 10;
          for (const [i, line] of label.entries()) ctx.fillText(line, gap, top + i * 20);
        }
      },
      {
        width,
        height,
        columns,
        lefts,
        rows: rows.map((r) => r.label),
        cellHeight,
        gap: GAP,
        header: HEADER,
      },
    );
    for (const [r, row] of rows.entries()) {
      for (const [c, picture] of row.pictures.entries()) {
        const box = {
          x: lefts[c] ?? 0,
          y: HEADER + r * (cellHeight + GAP),
          w: Math.round((cellHeight * picture.width) / picture.height),
          h: cellHeight,
        };
        const kind = picture.image?.[0] === 0xff ? 'jpeg' : 'png';
        await page.evaluate(
          async ({ box, src }) => {
            const canvas = document.querySelector('canvas') as HTMLCanvasElement;
            const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
            if (!src) {
              ctx.strokeStyle = '#ff5555';
              ctx.lineWidth = 3;
              ctx.strokeRect(box.x, box.y, box.w, box.h);
              ctx.fillStyle = '#ff5555';
              ctx.fillText('not taken', box.x + 10, box.y + box.h / 2);
              return;
            }
            const image = new Image();
            image.src = src;
            await image.decode();
            ctx.imageSmoothingEnabled = true;
            ctx.imageSmoothingQuality = 'high';
            ctx.drawImage(image, box.x, box.y, box.w, box.h);
          },
          {
            box,
            src: picture.image
              ? `data:image/${kind};base64,${picture.image.toString('base64')}`
              : null,
          },
        );
      }
    }
    const url = await page.evaluate(() =>
      (document.querySelector('canvas') as HTMLCanvasElement).toDataURL('image/png'),
    );
    return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  } finally {
    await page.close();
  }
}
