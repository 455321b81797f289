export * from './numbers/types';
export { recognizeNumbers } from './numbers/recognize';
