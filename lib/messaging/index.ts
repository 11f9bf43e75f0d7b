export * from './protocol';
export * from './sender';
export * from './router';
