import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Library-grade manifests for every package that would be published (every non-private package
// under packages/, so a new one joins by existing): what a consumer installs must resolve, carry
// types, declare what its published code and types import, and say what has side effects.
// `pnpm test` runs tsc -b before the unit tests, so dist/ exists here; the consumer step
// (test/consumer) then packs, installs and runs the real tarballs.
const root = new URL('../../', import.meta.url);
const sourceCondition = '@onescreen/source';

interface Manifest {
  name: string;
  private?: boolean;
  description?: string;
  keywords?: string[];
  license?: string;
  repository?: { type: string; url: string; directory?: string };
  type?: string;
  files?: string[];
  sideEffects?: boolean | string[];
  exports: Record<string, string | Record<string, string>>;
  publishConfig?: { exports?: Record<string, string | Record<string, string>> };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const rootManifest = read('package.json') as { repository: { url: string } };
const published = readdirSync(new URL('packages/', root))
  .filter((dir) => existsSync(new URL(`packages/${dir}/package.json`, root)))
  .filter((dir) => !(read(`packages/${dir}/package.json`) as Manifest).private);

/** Whether a path inside the package is shipped by its `files` list (negations honoured). */
function shipped(files: string[], path: string): boolean {
  const clean = path.replace(/^\.\//, '');
  const covers = (entry: string) => clean === entry || clean.startsWith(`${entry}/`);
  return files.some((e) => !e.startsWith('!') && covers(e));
}

/** Every file under a folder, relative to it. */
function walk(dir: URL, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(new URL(`${d.name}/`, dir), `${prefix}${d.name}/`) : [prefix + d.name],
  );
}

/** The package names a module's text imports (static, dynamic, `import type`, side effect). */
function importedPackages(source: string): string[] {
  // Comments may quote words after "from" (JSDoc examples); only code imports count.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  // `(?<![.\w])` keeps `Buffer.from('…')` and the like from reading as an import.
  const specs = [
    ...text.matchAll(/(?<![.\w])(?:from|import)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g),
  ].map((m) => m[1] as string);
  return specs
    .filter((s) => !s.startsWith('node:'))
    .map((s) =>
      s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] as string),
    );
}

/** The @types package that carries a package's types, by DefinitelyTyped's naming. */
const typesPackage = (name: string) =>
  `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

it('finds the published packages', () => {
  expect(published).toEqual(expect.arrayContaining(['core', 'geo', 'widgets', 'embed']));
});

describe.each(published)('packages/%s/package.json', (dir) => {
  const pkg = read(`packages/${dir}/package.json`) as Manifest;
  const target = pkg.publishConfig?.exports ?? pkg.exports;
  const declared = { ...pkg.dependencies, ...pkg.peerDependencies };

  it('is an ES module package that declares its side effects', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects === false || Array.isArray(pkg.sideEffects)).toBe(true);
  });

  it('says what it is, under which licence, and where its source lives', () => {
    expect(pkg.name).toBe(`@onescreen/${dir}`);
    expect(pkg.description?.length).toBeGreaterThan(20);
    expect(pkg.keywords?.length).toBeGreaterThan(2);
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository).toEqual({
      type: 'git',
      url: rootManifest.repository.url,
      directory: `packages/${dir}`,
    });
  });

  it('ships no build bookkeeping or source maps of unshipped sources', () => {
    const files = pkg.files ?? [];
    expect(files).toContain('README.md');
    if (files.includes('dist')) {
      expect(files).toContain('!dist/.tsbuildinfo');
      expect(files).toContain('!dist/**/*.map');
    }
  });

  it('publishes the exports without the workspace-only source condition', () => {
    const withoutSource = Object.fromEntries(
      Object.entries(pkg.exports).map(([k, v]) => [
        k,
        typeof v === 'string'
          ? v
          : Object.fromEntries(Object.entries(v).filter(([c]) => c !== sourceCondition)),
      ]),
    );
    expect(target).toEqual(withoutSource);
    // Sources are not shipped (a stylesheet kept in src/ and listed in "files" is).
    expect(JSON.stringify(target)).not.toMatch(/\.\/src\/[^"]*\.tsx?"/);
  });

  it('points every published export at a built, shipped file, with types beside each import', () => {
    const files = pkg.files ?? [];
    for (const [subpath, entry] of Object.entries(target)) {
      const targets = typeof entry === 'string' ? { default: entry } : entry;
      if (typeof entry !== 'string') {
        expect(targets.types, `${subpath} types`).toMatch(/\.d\.ts$/);
        expect(targets.import, `${subpath} import`).toMatch(/\.js$/);
      }
      for (const path of Object.values(targets)) {
        if (path === './package.json') continue;
        expect(existsSync(new URL(`packages/${dir}/${path}`, root)), `${subpath} ${path}`).toBe(
          true,
        );
        expect(shipped(files, path), `${subpath} ${path} is in "files"`).toBe(true);
      }
    }
  });

  it('declares every package its published code and types import', () => {
    const dist = new URL(`packages/${dir}/dist/`, root);
    const missing = new Set<string>();
    for (const file of walk(dist)) {
      // The standalone bundle has everything inside it.
      if (file.startsWith('bundle/') || !/\.(js|d\.ts)$/.test(file)) continue;
      for (const name of importedPackages(readFileSync(new URL(file, dist), 'utf8'))) {
        if (name === pkg.name) continue;
        if (!(name in declared)) missing.add(`${name} (${file})`);
        // Types of an untyped package must come along too, or skipLibCheck: false fails.
        const types = typesPackage(name);
        if (
          file.endsWith('.d.ts') &&
          !(name in declared && hasOwnTypes(name)) &&
          !(types in declared)
        )
          missing.add(`${types} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('depends on sibling packages through the workspace protocol', () => {
    for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
      if (dep.startsWith('@onescreen/')) expect(range, dep).toBe('workspace:*');
    }
  });
});

/** Whether an installed package carries its own type declarations. */
function hasOwnTypes(name: string): boolean {
  if (name.startsWith('@onescreen/')) return true;
  const manifest = new URL(`node_modules/${name}/package.json`, root);
  const pkg = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
  return Boolean(pkg.types || pkg.typings || JSON.stringify(pkg.exports ?? {}).includes('"types"'));
}

describe('@onescreen/widgets', () => {
  it('leaves React and ECharts to the host app as peers', () => {
    const pkg = read('packages/widgets/package.json') as Manifest;
    for (const peer of ['echarts', 'react', 'react-dom']) {
      expect(pkg.peerDependencies?.[peer], peer).toBeDefined();
      expect(pkg.dependencies?.[peer], peer).toBeUndefined();
    }
  });
});

describe('the repository', () => {
  it('holds no two paths that differ only by case (they collide on macOS and Windows)', () => {
    const paths = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const path of paths) {
      const key = path.toLowerCase();
      const other = seen.get(key);
      if (other !== undefined && other !== path) clashes.push(`${other} ~ ${path}`);
      seen.set(key, path);
    }
    expect(clashes).toEqual([]);
  });
});
