import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './support.js';

const WEB = 'dist/web';
const GOAL_KB = 350;

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** Every file a chunk loads before it runs: itself, its static imports (recursively) and their CSS. */
function staticClosure(manifest: Record<string, Chunk>, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/**
 * What a person's browser fetches to show the plan dashboard: the entry, the dashboard page's chunk and
 * everything they import statically (charts are loaded after, on their own). Built fresh, weighed gzipped.
 */
export async function webBundleBenchmark(): Promise<void> {
  execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(join(WEB, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const files = staticClosure(manifest, ['index.html', 'src/pages/PlanDashboardPage.tsx']);
  const weigh = (file: string) => gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;
  const js = [...files].filter((f) => f.endsWith('.js'));
  const gzipBytes = js.reduce((sum, file) => sum + weigh(file), 0);
  const charts = Object.entries(manifest).find(([key]) => key.endsWith('charts/EChart.tsx'));
  report({
    figure: 'web_dashboard_initial_js',
    files: js.length,
    gzip_kb: Math.round(gzipBytes / 102.4) / 10,
    goal_kb: GOAL_KB,
    ratio_to_goal: Math.round((gzipBytes / 1024 / GOAL_KB) * 100) / 100,
    charts_loaded_after_kb: charts ? Math.round(weigh(charts[1].file) / 102.4) / 10 : null,
  });
}
