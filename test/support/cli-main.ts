// The CLI in this process: main(argv) writing to strings, for tests that need no real process (no
// stdin, no signals, no server). Same answer shape as cli() in process.ts.
import { main } from '../../src/cli/main.ts';

export async function cliMain(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}
