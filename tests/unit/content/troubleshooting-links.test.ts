import { describe, expect, it } from 'vitest';
import { readGuides } from '../../../scripts/lib/guide-mdx';

/**
 * The login troubleshooting guide is the hub: every troubleshooting entry of the login guides
 * (activation, challenge codes, temporary access) links to its place there, with the same id in
 * both languages, and the hub's entries link back to where they are explained in full.
 */
const HUB = 'login-troubleshooting';
const LOGIN_CATEGORIES = ['ib-key-activation', 'challenge-code', 'temporary-access', 'troubleshooting'];

for (const lang of ['ja', 'en']) {
  const guides = readGuides(lang);
  const hub = guides.get(HUB);
  const login = [...guides].filter(([slug, g]) => slug !== HUB && LOGIN_CATEGORIES.includes(String(g.frontmatter['category'])));

  describe(`${lang}: the login troubleshooting hub`, () => {
    it('exists and has troubleshooting entries', () => {
      expect(hub?.problems.length ?? 0).toBeGreaterThan(0);
    });

    it('has every troubleshooting entry of the login guides, and each of those links to it', () => {
      const missing = login.flatMap(([slug, g]) =>
        g.problems.flatMap((id) => {
          const problems: string[] = [];
          if (!hub?.problems.includes(id)) problems.push(`${slug}#${id} has no entry in the hub`);
          if (!(g.problemLinks[id] ?? []).includes(`/${lang}/guides/${HUB}/#problem-${id}`)) problems.push(`${slug}#${id} does not link to the hub`);
          return problems;
        }),
      );
      expect(missing).toEqual([]);
    });

    it('links each hub entry back to a guide that explains it in full', () => {
      const owners = (id: string) => login.filter(([, g]) => g.problems.includes(id)).map(([slug]) => `/${lang}/guides/${slug}/`);
      const unlinked = (hub?.problems ?? []).filter((id) => {
        const expected = owners(id);
        const links = hub?.problemLinks[id] ?? [];
        return expected.length > 0 && !links.some((link) => expected.some((owner) => link.startsWith(owner)));
      });
      expect(unlinked).toEqual([]);
    });
  });
}
