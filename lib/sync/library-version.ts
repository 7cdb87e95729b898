/** storage.local key bumped after each library change; contexts watch it to refresh. */
export const LIBRARY_VERSION_KEY = 'libraryVersion';
