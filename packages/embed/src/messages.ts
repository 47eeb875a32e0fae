import { defineMessages, type Lang, type MessageParams } from '@onescreen/widgets';

/** Every string an embedded widget shows on its own (the widgets carry theirs), in both languages. */
export const embedMessages = defineMessages({
  'zh-CN': {
    unknownType: '未知的组件类型「{type}」。可用的类型：{names}',
    missingType: '缺少 type 属性。可用的类型：{names}',
    propsNotJson: 'props 属性不是有效的 JSON：{excerpt}',
    propsNotObject: 'props 属性应为 JSON 对象，例如 {"title":"…"}',
    feedHttp: '请求失败（HTTP {status}）',
    feedNetwork: '无法连接',
    feedNotJson: '返回的内容不是有效的 JSON',
    feedNothing: '{pointer} 处没有数据',
    feedShape: '{pointer} 处的数据不适合 {type}：需要 {expected}；实际是 {found}',
    'shape.list': '{key}（列表）',
    'shape.record': '{key}（对象）',
    'shape.collection': '{key}（GeoJSON 要素集合）',
    'shape.numberOrNull': '{key}（数值）',
    'shape.object': '{key}（对象）',
    'found.keys': '含有 {keys} 的对象',
    'found.emptyObject': '空对象',
    'found.list': '列表',
    'found.text': '文本',
    'found.number': '数值',
    'found.other': '{kind}',
    listSeparator: '、',
    bindNotJson: 'bind 属性不是有效的 JSON',
    bindInvalid: 'bind 属性有误：{where} {what}',
    bindMismatch: '{type} 显示 {accepts} 类视图，而 bind 产生 {kind}',
    bindNone: '{type} 不接受 bind 属性',
  },
  en: {
    unknownType: 'Unknown widget type "{type}". Valid types: {names}',
    missingType: 'The type attribute is missing. Valid types: {names}',
    propsNotJson: 'The props attribute is not valid JSON: {excerpt}',
    propsNotObject: 'The props attribute must be a JSON object, such as {"title":"…"}',
    feedHttp: 'request failed (HTTP {status})',
    feedNetwork: 'could not be reached',
    feedNotJson: 'the response is not valid JSON',
    feedNothing: 'nothing at {pointer}',
    feedShape: 'the data at {pointer} does not fit {type}: it needs {expected}; found {found}',
    'shape.list': '{key} (a list)',
    'shape.record': '{key} (an object)',
    'shape.collection': '{key} (a GeoJSON FeatureCollection)',
    'shape.numberOrNull': '{key} (a number)',
    'shape.object': '{key} (an object)',
    'found.keys': 'an object with {keys}',
    'found.emptyObject': 'an empty object',
    'found.list': 'a list',
    'found.text': 'text',
    'found.number': 'a number',
    'found.other': '{kind}',
    listSeparator: ', ',
    bindNotJson: 'The bind attribute is not valid JSON',
    bindInvalid: 'The bind attribute is wrong at {where}: {what}',
    bindMismatch: '{type} shows a {accepts} view, but bind makes a {kind} view',
    bindNone: '{type} takes no bind attribute',
  },
});

/** A key of the embed message catalogue. */
export type EmbedMessageKey = Parameters<typeof embedMessages>[1];

/**
 * Something wrong with what a page gave an embedded widget, kept as a catalogue key so it is
 * shown in the widget's language; `detail` is the developer's extra (the JSON parser's own words)
 * for the console, never shown on screen.
 */
export interface EmbedProblem {
  /** Catalogue key of the message. */
  key: EmbedMessageKey;
  /** Values for the message's placeholders. */
  params?: MessageParams;
  /** Extra detail for the developer's console. */
  detail?: string;
}

/** The problem's message in `lang`. */
export function problemText(lang: Lang, problem: EmbedProblem): string {
  return embedMessages(lang, problem.key, problem.params);
}
