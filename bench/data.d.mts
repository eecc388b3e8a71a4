// Types for bench/data.mjs, which stories/generated-data.ts shares.
export declare const SEED: number;
export declare const FIRST_DAY: string;
export declare const LAST_DAY: string;
export declare const RANGE_SHARE: number;
export declare const MAX_RANGE_DAYS: number;
export declare const CATEGORIES: readonly { id: string; label: string }[];
export declare function mulberry32(seed: number): () => number;
export declare function generate(
  n: number,
  seed?: number,
): { id: string; title: string; start: string; end?: string; category: string }[];
