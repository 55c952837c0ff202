/** Starts `astro preview` on 127.0.0.1 for scripts that need the built site, and stops it again. */
import { spawn } from 'node:child_process';

export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${url}/en/`)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new Error(`astro preview did not start on port ${port}`);
}
