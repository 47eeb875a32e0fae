import {
  ArgTypes,
  DocsContext,
  Heading,
  Source,
  Story,
  Subheading,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { useContext } from 'react';
import { Say } from './Say.js';
import { embedSnippet, reactSnippet, screenSnippet } from './snippets.js';
import type { Bilingual, WidgetDocs } from './types.js';

/** Id suffix of the story that renders the copyable example (`export const Usage = usageStory(…)`). */
const USAGE_STORY_ID = '--usage';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 16 };
const figure = { margin: 0, border: '1px solid #d8dee6', borderRadius: 4, overflow: 'hidden' };
const caption = { padding: '4px 10px', fontSize: 13, color: '#1f2933', background: '#f4f6f8' };

function List({ items, mark }: { items: readonly Bilingual[]; mark: string }) {
  return (
    <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
      {items.map((item) => (
        <li key={item.en} style={{ marginBottom: 10 }}>
          <span aria-hidden="true">{mark} </span>
          <Say text={item} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A widget's Docs page: purpose, do and don't, every state side by side, the props table and
 * copyable usage (React, screen config, `<onescreen-widget>`). The prose comes from the
 * `widgetDocs` parameter of the widget's stories (its `<Widget>.docs.ts`).
 */
export function WidgetDocsPage() {
  const meta = useOf('meta', ['meta']);
  const context = useContext(DocsContext);
  const docs = meta.preparedMeta.parameters.widgetDocs as WidgetDocs | undefined;
  const name = meta.preparedMeta.title.split('/').at(-1) ?? '';
  const stories = context.componentStories();
  const usage = stories.find((s) => s.id.endsWith(USAGE_STORY_ID));
  const states = stories.filter((s) => s !== usage);
  if (!docs) return <Title />;
  const embed = embedSnippet(name, docs);
  return (
    <>
      <Title />
      <Say text={docs.purpose} block />

      <Heading>Do and don't · 适用与不适用</Heading>
      <div style={grid}>
        <section aria-label="Do">
          <Subheading>Do · 适用</Subheading>
          <List items={docs.do} mark="✓" />
        </section>
        <section aria-label="Don't">
          <Subheading>Don't · 不适用</Subheading>
          <List items={docs.dont} mark="✗" />
        </section>
      </div>

      <Heading>States · 状态</Heading>
      <div style={grid}>
        {states.map((story) => (
          <figure key={story.id} style={figure}>
            <figcaption style={caption}>{story.name}</figcaption>
            <Story of={story.moduleExport} />
          </figure>
        ))}
      </div>

      <Heading>Props · 属性</Heading>
      <ArgTypes />

      <Heading>Usage · 用法</Heading>
      <Subheading>React</Subheading>
      {usage && <Story of={usage.moduleExport} />}
      <Source code={reactSnippet(name, docs.example)} language="tsx" dark />

      <Subheading>Screen config · 屏幕配置（开放数据模型）</Subheading>
      {docs.screen.note && <Say text={docs.screen.note} block />}
      <Source code={screenSnippet(docs)} language="json" dark />

      <Subheading>Embed · 嵌入 {'<onescreen-widget>'}</Subheading>
      {embed ? (
        <Source code={embed} language="html" dark />
      ) : (
        'unsupported' in docs.embed && <Say text={docs.embed.unsupported} block />
      )}
    </>
  );
}
