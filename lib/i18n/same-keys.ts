/**
 * A translation of the dictionary `T`: exactly its keys (a missing key or an
 * extra one is a compile error in an object literal), each a string.
 */
export type SameKeys<T> = { readonly [K in keyof T]: string };
