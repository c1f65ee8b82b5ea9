// An earlier commit of presser, extracted and built beside the current one, so a benchmark can run
// the code before a change and after it in the same run. Kept in node_modules/.cache (inside the
// checkout, so its imports find this checkout's packages; outside git).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The folder of `commit`'s sources (src, bench, scripts), extracted once. */
export function checkoutOf(commit: string): string {
  const sha = execSync(`git rev-parse --verify ${commit}^{commit}`, { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(root, 'node_modules/.cache/presser-before', sha.slice(0, 12));
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${sha} src bench scripts test/support package.json | tar -x -C ${dir}`, { cwd: root });
  }
  return dir;
}

/** `commit`'s CLI built as its own scripts/build.mjs builds it: the path of its dist/presser.js. */
export async function builtCli(commit: string): Promise<string> {
  const dir = checkoutOf(commit);
  const bin = join(dir, 'dist/presser.js');
  if (!existsSync(bin)) {
    const { buildServer } = (await import(pathToFileURL(join(dir, 'scripts/build.mjs')).href)) as {
      buildServer: (root: string, options: { quiet: boolean }) => Promise<void>;
    };
    await buildServer(dir, { quiet: true });
  }
  return bin;
}
