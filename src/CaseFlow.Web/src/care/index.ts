export { CareModeProvider, useCareMode } from './CareModeProvider';
export { default as CareModeSwitch } from './CareModeSwitch';
