import type { Bilingual } from './types.js';

/** A bilingual sentence: Chinese, then English in a quieter tone, each tagged with its language. */
export function Say({ text, block = false }: { text: Bilingual; block?: boolean }) {
  if (block) {
    return (
      <div style={{ margin: '8px 0 16px' }}>
        <p lang="zh-CN" style={{ margin: '0 0 4px' }}>
          {text['zh-CN']}
        </p>
        <p lang="en" style={{ margin: 0, color: '#4a5565' }}>
          {text.en}
        </p>
      </div>
    );
  }
  return (
    <>
      <span lang="zh-CN">{text['zh-CN']}</span>
      <br />
      <span lang="en" style={{ color: '#4a5565' }}>
        {text.en}
      </span>
    </>
  );
}
