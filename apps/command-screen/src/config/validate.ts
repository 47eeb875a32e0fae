import {
  type Binding,
  checkBinding,
  domainDeclaration,
  type FeedDecl,
  isFeedKind,
  type LocalText,
} from '@onescreen/core';
import { LAYER_VIEW_KINDS, WIDGET_VIEW_KINDS } from '@onescreen/widgets';
import type { z } from 'zod';
import { checkAlerts } from '../alerts/check-alerts.js';
import { COVERAGE_DECL, COVERAGE_FEED } from '../feeds/coverage-feed.js';
import { toPointer } from './pointer.js';
import {
  type FeedBinding,
  type GridConfig,
  type PanelRow,
  type ScreenConfig,
  screenConfig,
  type WidgetConfig,
} from './schema.js';

export { toPointer };

/** One thing wrong with a screen config: where (JSON pointer) and what. */
export interface ConfigFault {
  /** JSON pointer into the config document, '' for the whole document. */
  path: string;
  /** What is wrong, in words a screen operator can act on. */
  problem: string;
  /** The same in both screen languages, where the fault was found by the data model. */
  text?: LocalText;
  /** The file the fault is in when it is not the config itself (a boundary file), as written or resolved. */
  file?: string;
}

/** The outcome of validating a config: the config with defaults, or every fault found. */
export type ConfigResult =
  | { ok: true; config: ScreenConfig }
  | { ok: false; faults: ConfigFault[] };

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}${'input' in issue && issue.input === undefined ? ', but it is missing' : ''}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown key(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

/**
 * What a config's feed declares, when that is known before any data arrives: the built-in
 * fields of a domain kind, or the coverage the screen computes. A self-describing feed brings
 * its declaration with its data; its bindings are checked when it arrives.
 */
export function knownDeclaration(config: ScreenConfig, feed: string): FeedDecl | undefined {
  if (feed === COVERAGE_FEED) return COVERAGE_DECL;
  const source = config.feeds[feed];
  const kind = source?.kind ?? (isFeedKind(feed) ? feed : undefined);
  return kind !== undefined && isFeedKind(kind) ? domainDeclaration(kind) : undefined;
}

/** Checks a schema cannot express: names that must refer to each other, bindings that must fit. */
function crossCheck(config: ScreenConfig): ConfigFault[] {
  const faults: ConfigFault[] = [];
  const gridAreas = (grid: GridConfig, base: string): Set<string> => {
    const cells = grid.areas.map((row) => row.trim().split(/\s+/));
    if (cells.length !== grid.rows.length) {
      faults.push({
        path: `${base}/areas`,
        problem: `${cells.length} area rows but ${grid.rows.length} row sizes`,
      });
    }
    cells.forEach((row, i) => {
      if (row.length !== grid.columns.length) {
        faults.push({
          path: `${base}/areas/${i}`,
          problem: `${row.length} cells but ${grid.columns.length} column sizes`,
        });
      }
    });
    return new Set(cells.flat().filter((name) => name !== '.'));
  };
  const areaNames = gridAreas(config.grid, '/grid');
  const wide = config.wideGrids.map((g, i) => ({
    names: gridAreas(g, `/wideGrids/${i}`),
    path: `/wideGrids/${i}`,
  }));
  const used = new Map<string, number>();
  const ids = new Set<string>();
  const checkBound = (
    bind: FeedBinding,
    path: string,
    accepts: readonly string[],
    widget: string,
  ) => {
    if (!(bind.feed in config.feeds) && bind.feed !== COVERAGE_FEED) {
      faults.push({ path: `${path}/feed`, problem: `no feed named "${bind.feed}" in /feeds` });
      return;
    }
    const decl = knownDeclaration(config, bind.feed);
    for (const f of checkBinding(bind as Binding, decl, accepts as never, widget)) {
      faults.push({ path: `${path}${toPointer(f.path)}`, problem: f.message.en, text: f.message });
    }
  };
  const checkWidget = (widget: WidgetConfig, path: string) => {
    if (ids.has(widget.id))
      faults.push({ path: `${path}/id`, problem: `duplicate widget id "${widget.id}"` });
    ids.add(widget.id);
    const accepts = (WIDGET_VIEW_KINDS as Record<string, readonly string[]>)[widget.type];
    if (accepts && !widget.bind) {
      faults.push({
        path: `${path}/bind`,
        problem: `a ${widget.type} needs a bind: the feed and view it shows`,
      });
    }
    if (!accepts && widget.bind) {
      faults.push({ path: `${path}/bind`, problem: `a ${widget.type} takes no bind` });
    }
    if (widget.bind && accepts) checkBound(widget.bind, `${path}/bind`, accepts, widget.type);
    for (const [name, bind] of Object.entries(widget.layers ?? {})) {
      checkBound(
        bind,
        `${path}/layers/${name}`,
        LAYER_VIEW_KINDS,
        `${widget.type} layer "${name}"`,
      );
    }
  };
  config.panels.forEach((panel, p) => {
    if (!areaNames.has(panel.area)) {
      faults.push({ path: `/panels/${p}/area`, problem: `no grid area named "${panel.area}"` });
    }
    for (const w of wide) {
      if (!w.names.has(panel.area)) {
        faults.push({ path: `/panels/${p}/area`, problem: `no area "${panel.area}" in ${w.path}` });
      }
    }
    const earlier = used.get(panel.area);
    if (earlier !== undefined) {
      faults.push({
        path: `/panels/${p}/area`,
        problem: `area "${panel.area}" is already used by /panels/${earlier}`,
      });
    } else used.set(panel.area, p);
    const checkRows = (rows: readonly PanelRow[], base: string) => {
      rows.forEach((row, r) => {
        row.widgets.forEach((w, i) => {
          checkWidget(w, `${base}/rows/${r}/widgets/${i}`);
        });
      });
    };
    if (panel.rows) checkRows(panel.rows, `/panels/${p}`);
    panel.views?.forEach((view, v) => {
      checkRows(view.rows, `/panels/${p}/views/${v}`);
    });
  });
  return faults;
}

/**
 * Validate an untrusted screen config document. Every fault is reported with its path, so an
 * operator fixes the file in one pass instead of one error per reload.
 */
export function validateScreenConfig(doc: unknown): ConfigResult {
  const parsed = screenConfig.safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      faults: parsed.error.issues.map((issue) => ({
        path: toPointer(issue.path),
        problem: describeIssue(issue),
      })),
    };
  }
  const faults = [
    ...crossCheck(parsed.data),
    ...checkAlerts(parsed.data, (feed) => knownDeclaration(parsed.data, feed)),
  ];
  return faults.length > 0 ? { ok: false, faults } : { ok: true, config: parsed.data };
}
