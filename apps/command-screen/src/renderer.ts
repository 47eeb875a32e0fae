// The screen renderer, shared with Storybook's playground: a config document in, a running
// screen (or its list of faults) out. Import './styles.css' with it.
export { ScreenFromConfig, type ScreenFromConfigProps } from './boot/ScreenFromConfig.js';
export { parseScreenParams, type ScreenParams } from './url/params.js';
