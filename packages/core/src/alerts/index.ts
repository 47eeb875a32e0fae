// The alert engine of @onescreen/core: rules over bound values, episodes and their words.

export { readAlertState } from './alert-state.js';
export { type AlertWords, alertLevelText, alertText, alertValueText } from './alert-text.js';
export { alarmsHigh, clearLevel } from './compare.js';
export { acknowledgeAlert, EMPTY_ALERT_STATE, isFiring, stepAlerts } from './step-alerts.js';
export {
  ALERT_COMPARISONS,
  ALERT_LEVELS,
  type AlertComparison,
  type AlertEpisode,
  type AlertLevel,
  type AlertPhase,
  type AlertReadings,
  type AlertRule,
  type AlertSample,
  type AlertState,
  type AlertStep,
} from './types.js';
