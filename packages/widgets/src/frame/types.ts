/** Every state a widget root can report in its `data-state` attribute. */
export type DataState = 'loading' | 'ready' | 'empty' | 'stale' | 'error';

/** What a widget knows about the feed behind it; every widget takes it as the optional `status` prop. */
export interface WidgetStatus {
  /** 'loading' | 'ready' | 'stale' | 'error'; 'empty' is derived by the widget from its data. */
  state: 'loading' | 'ready' | 'stale' | 'error';
  /** Feed name shown in messages, e.g. 'petitions'. */
  feed?: string;
  /** Human message naming the feed and field, shown on error. */
  error?: string;
  /** Epoch ms the data is as of, for the age badge ("数据更新于 5 分钟前"). */
  updatedAt?: number;
}
