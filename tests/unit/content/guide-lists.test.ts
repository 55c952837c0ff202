import { describe, expect, it } from 'vitest';
import { LIST_LIMIT, variants, type Guide } from '../../../src/lib/guides';

/** Just enough of a guide entry for the list helpers. */
const guide = (slug: string, os: string, method: string, category = 'ib-key-activation', flow = 'phone-flow') =>
  ({ id: `en/${slug}`, body: `<Figure state="${flow}:x" />`, data: { category, os, method, order: 1 } }) as unknown as Guide;

describe('other versions of a task', () => {
  const current = guide('ios-qr', 'ios', 'qr');
  const site = [
    current,
    guide('android-qr', 'android', 'qr'),
    guide('ios-code', 'ios', 'activation-code'),
    guide('android-code', 'android', 'activation-code'),
    guide('other-flow', 'ios', 'qr', 'ib-key-activation', 'token-flow'),
    guide('other-category', 'ios', 'qr', 'challenge-code'),
  ];

  it('lists the same task on the same simulator, closest first (same method, then same phone)', () => {
    const { shown, total } = variants(site, current);
    expect(shown.map((g) => g.id)).toEqual(['en/android-qr', 'en/ios-code', 'en/android-code']);
    expect(total).toBe(3);
  });

  it('shows at most a bounded number however many guides the site has, and says how many there are', () => {
    const many = [current, ...Array.from({ length: 500 }, (_, i) => guide(`g${i}`, i % 2 ? 'ios' : 'android', 'qr'))];
    const { shown, total } = variants(many, current);
    expect(shown).toHaveLength(LIST_LIMIT);
    expect(total).toBe(500);
  });

  it('gives troubleshooting guides none', () => {
    expect(variants(site, guide('t', 'any', 'errors', 'troubleshooting'))).toEqual({ shown: [], total: 0 });
  });
});
