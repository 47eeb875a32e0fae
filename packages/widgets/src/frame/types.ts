/** Every state a widget root can report in its `data-state` attribute. */
export type DataState = 'loading' | 'ready' | 'empty' | 'stale' | 'error';

/** Records a feed refused as invalid from its latest document: "12 of 40, first because …". */
export interface WidgetDrops {
  /** How many records were dropped. */
  count: number;
  /** How many records the document held, dropped ones included. */
  of: number;
  /** Why the first one was dropped, e.g. "/data/cases/3: count: expected …" (shown as text). */
  firstReason?: string;
}

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
  /** Records dropped from the feed's latest document: a note on the widget and in the header. */
  dropped?: WidgetDrops;
  /** The feed lost more than its allowed share of records: amber in the header. */
  degraded?: boolean;
}
