import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Library-grade manifests: what a consumer installs must resolve, carry types, and say what
// has side effects. `pnpm test` runs tsc -b before the unit tests, so dist/ exists here.
const root = new URL('../../', import.meta.url);
const libraries = ['core', 'geo', 'widgets', 'embed'];

interface Manifest {
  name: string;
  type?: string;
  files?: string[];
  sideEffects?: boolean | string[];
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function manifest(name: string): Manifest {
  return JSON.parse(readFileSync(new URL(`packages/${name}/package.json`, root), 'utf8'));
}

/** Whether a path inside the package is shipped by its `files` list. */
function shipped(files: string[], path: string): boolean {
  const clean = path.replace(/^\.\//, '');
  return files.some((entry) => clean === entry || clean.startsWith(`${entry}/`));
}

describe.each(libraries)('packages/%s/package.json', (name) => {
  const pkg = manifest(name);

  it('is an ES module package that declares its side effects', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects === false || Array.isArray(pkg.sideEffects)).toBe(true);
  });

  it('points every export at a built, shipped file, with types beside each import', () => {
    const files = pkg.files ?? [];
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? { default: target } : target;
      if (typeof target !== 'string') {
        expect(targets.types, `${subpath} types`).toMatch(/\.d\.ts$/);
        expect(targets.import, `${subpath} import`).toMatch(/\.js$/);
      }
      for (const [condition, path] of Object.entries(targets)) {
        // The source condition serves this workspace's own tools; consumers never see it.
        if (condition === '@onescreen/source') continue;
        expect(existsSync(new URL(`packages/${name}/${path}`, root)), `${subpath} ${path}`).toBe(
          true,
        );
        expect(shipped(files, path), `${subpath} ${path} is in "files"`).toBe(true);
      }
    }
  });

  it('depends on sibling packages through the workspace protocol', () => {
    for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
      if (dep.startsWith('@onescreen/')) expect(range, dep).toBe('workspace:*');
    }
  });
});

describe('@onescreen/widgets', () => {
  it('leaves React and ECharts to the host app as peers', () => {
    const pkg = manifest('widgets');
    expect(Object.keys(pkg.peerDependencies ?? {}).sort()).toEqual([
      'echarts',
      'react',
      'react-dom',
    ]);
    for (const peer of ['echarts', 'react', 'react-dom']) {
      expect(pkg.dependencies?.[peer], peer).toBeUndefined();
    }
  });
});
