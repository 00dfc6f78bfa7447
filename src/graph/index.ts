// The graph stage: the GraphStore seam and its two stores.
export type * from './store.js';
