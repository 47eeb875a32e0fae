import { readFileSync } from 'node:fs';
import { domainDeclaration, FEED_KINDS, type FeedDecl, type LocalText } from '@onescreen/core';
import JSZip from 'jszip';
import { KIND_LABELS } from '../src/table-words.js';
import { templateCsv } from '../src/templates/template-columns.js';
import { templateWorkbook } from '../src/templates/template-workbook.js';

/** The self-describing example of data/templates, written by hand. */
export const SELF_DESCRIBING = 'traffic-accidents';

/** The fixed time every zip entry and workbook property carries, so the bytes never change. */
const FIXED = new Date(Date.UTC(2023, 0, 1));

/**
 * An .xlsx with every zip entry dated FIXED: ExcelJS stamps entries with the current time, so
 * the same workbook would otherwise differ byte for byte on every run.
 */
async function reproducible(xlsx: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(xlsx);
  const out = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED, createFolders: false });
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

/** The self-describing example's declaration file (data/templates/traffic-accidents.fields.json). */
export function selfDescribingDeclaration(templates: URL): {
  kind: string;
  title: LocalText;
  fields: FeedDecl;
} {
  return JSON.parse(readFileSync(new URL(`${SELF_DESCRIBING}.fields.json`, templates), 'utf8'));
}

/** Every generated file of data/templates: a workbook per feed and a CSV per table. */
export async function templateFiles(
  templates = new URL('../../../data/templates/', import.meta.url),
): Promise<Record<string, Uint8Array | string>> {
  const feeds: [string, FeedDecl, LocalText][] = FEED_KINDS.map((k) => [
    k,
    domainDeclaration(k),
    KIND_LABELS[k] as LocalText,
  ]);
  const own = selfDescribingDeclaration(templates);
  feeds.push([own.kind, own.fields, own.title]);
  const files: Record<string, Uint8Array | string> = {};
  for (const [kind, fields, title] of feeds) {
    files[`${kind}.xlsx`] = await reproducible(
      await templateWorkbook(kind, fields, { title, created: FIXED }),
    );
    for (const [table, decl] of Object.entries(fields))
      files[`${kind}.${table}.csv`] = templateCsv(decl);
  }
  return files;
}
