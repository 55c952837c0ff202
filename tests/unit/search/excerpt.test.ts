import { describe, expect, it } from 'vitest';
import { tidyExcerpt } from '../../../src/search/excerpt';

describe('search excerpts', () => {
  it('join a Japanese heading to its text with one 。 and no space', () => {
    expect(tidyExcerpt('カメラがQRコードを読み取らない。 写真を撮る必要はありません。', 'ja')).toBe('カメラがQRコードを読み取らない。写真を撮る必要はありません。');
    expect(tidyExcerpt('練習用コードの確かめ方. 練習用アプリは', 'ja')).toBe('練習用コードの確かめ方。練習用アプリは');
  });

  it('leave Latin text, English pages and numbers alone', () => {
    expect(tidyExcerpt('RFC 6238. The code', 'ja')).toBe('RFC 6238. The code');
    expect(tidyExcerpt('Step 3. Tap Done', 'en')).toBe('Step 3. Tap Done');
  });
});
