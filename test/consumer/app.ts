import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Packed } from './pack.js';
import { exampleFileName, type ReadmeBlock } from './readmeBlocks.js';

/** What a fresh consumer app is made from. */
export interface AppSpec {
  packed: Packed[];
  /** Exact versions of react, vite … (the repository's own, so pnpm's store already has them). */
  versions: Record<string, string>;
  /** The README examples to compile (ts, tsx). */
  examples: ReadmeBlock[];
  /** The scoped registry serving the tarballs. */
  registry: string;
  /** pnpm's store, shared with the repository so the install is a link, not a download. */
  store: string;
}

/** One tiny app per line of the size report: what a consumer ships for React, then each widget. */
export const sizeEntries: Record<string, string> = {
  'React 19 alone': `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(<p>一屏览全域</p>);`,
  '+ KpiCard': `import '@onescreen/widgets/styles.css';
import { KpiCard, OnescreenProvider } from '@onescreen/widgets';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(
  <OnescreenProvider><KpiCard label="信访总量" value={864} unit="件" /></OnescreenProvider>,
);`,
  ...Object.fromEntries(
    (
      [
        ['TrendChart', `<TrendChart categories={['1月']} series={[{ name: 'a', values: [1] }]} />`],
        ['RingChart', `<RingChart items={[{ name: 'a', value: 1 }]} />`],
        ['HeatGrid', `<HeatGrid values={[[1]]} />`],
        [
          'DistrictMap',
          `<DistrictMap geojson={jiaxing} mapName="jiaxing" values={{ '330411': 1 }} />`,
        ],
        [
          'CoverageMap',
          `<CoverageMap geojson={jiaxing} mapName="jiaxing" stations={[]} coverage={null} />`,
        ],
      ] as const
    ).map(([name, jsx]) => [
      `+ KpiCard + ${name}${name.endsWith('Map') ? ' (with Jiaxing boundaries)' : ''}`,
      `import '@onescreen/widgets/styles.css';
import { KpiCard, OnescreenProvider, ${name} } from '@onescreen/widgets';
${name.endsWith('Map') ? "import { jiaxing } from '@onescreen/boundaries/jiaxing';\n" : ''}import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(
  <OnescreenProvider><KpiCard label="信访总量" value={864} unit="件" />${jsx}</OnescreenProvider>,
);`,
    ]),
  ),
};

/** The file of a size entry. */
export const sizeFile = (label: string) =>
  `src/size/${label.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.tsx`;

function write(dir: string, path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Writes a fresh Vite + React 19 app that installs the packed packages by name and version. */
export function writeApp(dir: string, spec: AppSpec): void {
  const v = (name: string) => {
    const range = spec.versions[name];
    if (!range) throw new Error(`no version of ${name} in the root package.json`);
    return range.replace(/^[\^~]/, '');
  };
  const dependencies = Object.fromEntries([
    ...spec.packed.map((p) => [p.name, p.version]),
    ...['react', 'react-dom', 'echarts', '@fontsource/noto-sans-sc', '@fontsource/barlow'].map(
      (n) => [n, v(n)],
    ),
  ]);
  const devDependencies = Object.fromEntries(
    ['vite', '@vitejs/plugin-react', 'typescript', '@types/react', '@types/react-dom'].map((n) => [
      n,
      v(n),
    ]),
  );
  write(
    dir,
    'package.json',
    JSON.stringify(
      { name: 'onescreen-consumer', private: true, type: 'module', dependencies, devDependencies },
      null,
      2,
    ),
  );
  write(dir, '.npmrc', `@onescreen:registry=${spec.registry}\nstore-dir=${spec.store}\n`);
  write(
    dir,
    'tsconfig.json',
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          isolatedModules: true,
          // A consumer's strictest setting: the published declarations are type-checked too.
          skipLibCheck: false,
          noEmit: true,
          types: ['vite/client'],
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  // ECharts' own declarations do not compile under exactOptionalPropertyTypes, so that flag gets
  // a second pass with the libraries' declarations trusted: our types and the examples still
  // have to hold under it, as they do in this repository.
  write(
    dir,
    'tsconfig.exact.json',
    JSON.stringify(
      {
        extends: './tsconfig.json',
        compilerOptions: { exactOptionalPropertyTypes: true, skipLibCheck: true },
      },
      null,
      2,
    ),
  );
  write(
    dir,
    'vite.config.ts',
    `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()], build: { chunkSizeWarningLimit: 2000 } });
`,
  );
  // One build per line of the size report (SIZE_ENTRY names it): entries built together would
  // share chunks, and a shared chunk would count against entries that do not need all of it.
  write(
    dir,
    'vite.size.config.ts',
    `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
const entry = process.env.SIZE_ENTRY ?? '';
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist-size/' + entry.replace(/[^A-Za-z0-9]+/g, '-'),
    manifest: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: [entry] },
  },
});
`,
  );
  write(
    dir,
    'index.html',
    `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>
<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
  );
  // Every README example is a module of the app, so tsc checks them all; importing them runs
  // them, and each one that exports Example is rendered in its own box.
  write(
    dir,
    'src/main.tsx',
    `import { OnescreenProvider } from '@onescreen/widgets';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

const modules = import.meta.glob<{ Example?: ComponentType }>('./examples/*.{ts,tsx}', { eager: true });
const examples = Object.entries(modules).flatMap(([path, m]) => (m.Example ? [{ path, Example: m.Example }] : []));

function App() {
  return (
    <OnescreenProvider theme="dark" lang="zh-CN">
      {examples.map(({ path, Example }) => (
        <div key={path} data-example={path} style={{ width: 640, height: 360 }}>
          <Example />
        </div>
      ))}
    </OnescreenProvider>
  );
}

document.documentElement.dataset.examples = String(examples.length);
createRoot(document.getElementById('root') as HTMLElement).render(<App />);
`,
  );
  for (const block of spec.examples)
    write(dir, `src/examples/${exampleFileName(block)}`, `${block.code}\n`);
  for (const [label, code] of Object.entries(sizeEntries)) write(dir, sizeFile(label), `${code}\n`);
}
