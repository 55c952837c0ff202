/** Lighthouse (mobile, its default) category scores of a page, in Debian's Chromium. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunch } from '../../playwright.config.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(urls: string[]): Promise<Record<string, Record<string, number>>> {
  const chrome = await launch({ chromePath: chromiumLaunch.executablePath, chromeFlags: ['--headless=new', ...chromiumLaunch.args] });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: categories, logLevel: 'error' });
      const found = result?.lhr.categories ?? {};
      scores[new URL(url).pathname] = Object.fromEntries(categories.map((c) => [c, Math.round((found[c]?.score ?? 0) * 100)]));
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
