/**
 * LinkedIn's limits that the feed schema enforces and the app's views use. A
 * module of its own so a view that needs a number does not load the whole
 * schema (zod and the RE2 pattern engine) with it: the sidebar's first
 * opening parses only what paints the list (issue #18).
 */

/** Longest post LinkedIn accepts, in UTF-16 code units (what its composer counts). */
export const LINKEDIN_MAX_POST_LENGTH = 3000;
