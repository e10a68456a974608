// Types for given-names.mjs, so a test can check the generated data against the package.
export declare function voteGivenNames(): Record<'male' | 'female' | 'unknown', string[]>;
export declare function givenNameModule(): string;
export declare const dataFile: string;
