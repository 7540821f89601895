export * from './primitives';
export * from './source';
export * from './organisation';
export * from './glossary-term';
export * from './event';
export * from './phase';
export * from './commissioner';
export * from './correction';
