/** How urgent an alert is: notice (for information), warning (attention soon), critical (act now). */
export type AlertLevel = 'notice' | 'warning' | 'critical';

/** The alert levels, least urgent first. */
export const ALERT_LEVELS: readonly AlertLevel[] = Object.freeze(['notice', 'warning', 'critical']);

/** How a value is compared with a rule's threshold. */
export type AlertComparison = '>=' | '>' | '<=' | '<';

/** The comparisons a rule may use. */
export const ALERT_COMPARISONS: readonly AlertComparison[] = Object.freeze(['>=', '>', '<=', '<']);

/** What the engine needs of a rule: how to compare, when to clear, how long to wait. */
export interface AlertRule {
  /** Unique id of the rule in its screen. */
  readonly id: string;
  /** Level of every alert the rule raises. */
  readonly level: AlertLevel;
  /** The comparison that makes a value alarming. */
  readonly op: AlertComparison;
  /** The threshold the value is compared with. */
  readonly threshold: number;
  /**
   * Hysteresis by level: a firing alert holds while the value still meets `op` against this
   * level and clears once it does not. On the safe side of the threshold; default the threshold.
   */
  readonly clear?: number | undefined;
  /** Hysteresis by distance: the clear level is this far on the safe side of the threshold. */
  readonly margin?: number | undefined;
  /**
   * Hysteresis by time: the condition must hold this long (ms) before the alert fires, and the
   * value must stay past the clear level this long before it clears. 0 by default.
   */
  readonly forMs?: number | undefined;
}

/** One value a rule reads at one moment. */
export interface AlertSample {
  /** What the value is about within the rule: '' for a single value, a place code, an item id. */
  readonly key: string;
  /** The value. A non-finite one counts as no reading for this key. */
  readonly value: number;
  /**
   * The data time of the value, epoch ms (the feed's `asOf`): what a new episode is named after,
   * so every tile that reads the same document names it the same.
   */
  readonly at: number;
  /** The place code the value is about, when there is one (highlighted on the map). */
  readonly place?: string | undefined;
}

/**
 * A rule's readings: the samples it reads now, or undefined when it cannot read (its feed is
 * loading or failing): its episodes then wait as they are, neither firing anew nor clearing.
 */
export type AlertReadings = Readonly<Record<string, readonly AlertSample[] | undefined>>;

/** Where an episode stands: waiting out its duration, firing, or waiting out its clearing. */
export type AlertPhase = 'pending' | 'firing' | 'clearing';

/** One episode of one rule over one key: from the first alarming value until it clears. */
export interface AlertEpisode {
  /** Stable id: rule, key and the data time the episode began. Never reused. */
  readonly id: string;
  /** The rule's id. */
  readonly rule: string;
  /** The key within the rule ('' or a place code or item id). */
  readonly key: string;
  /** The rule's level. */
  readonly level: AlertLevel;
  /** pending, firing or clearing (still firing until its clearing time has passed). */
  readonly phase: AlertPhase;
  /** Data time (ms) of the first alarming value. */
  readonly since: number;
  /** Clock time (ms) the episode began firing on this screen. */
  readonly firedAt?: number | undefined;
  /** Data time (ms) of the first value seen back past the clear level, while clearing. */
  readonly clearingSince?: number | undefined;
  /** The latest value. */
  readonly value: number;
  /** Data time (ms) of the latest value. */
  readonly at: number;
  /** The place the value is about. */
  readonly place?: string | undefined;
  /** Clock time (ms) an operator acknowledged it. */
  readonly acknowledgedAt?: number | undefined;
}

/** Everything the engine remembers between steps; plain data, kept in session storage. */
export interface AlertState {
  /** Open episodes. */
  readonly episodes: readonly AlertEpisode[];
  /** Ids of episodes that have ended, oldest first (the last 500), so no id is used twice. */
  readonly ended: readonly string[];
}

/** The outcome of one step of the engine. */
export interface AlertStep {
  /** The state to keep; the very object passed in when nothing changed. */
  readonly state: AlertState;
  /** Episodes firing now (firing or clearing), most urgent first, then newest. */
  readonly firing: readonly AlertEpisode[];
  /** Episodes that began firing in this step (for a sound, a held carousel). */
  readonly fired: readonly AlertEpisode[];
}
