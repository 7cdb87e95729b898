/**
 * The tour's steps and the element each one explains. An anchor is a list of
 * selectors into Relais's own DOM, tried in order: the first element on screen
 * wins, so a step points at the practice share box on the practice page and at
 * the Insert button in the sidebar.
 */
export const TOUR_STEPS = [
  {
    id: 'parrot',
    title: 'parrotTitle',
    body: 'parrotBody',
    anchor: ['.relais-compose-draft', '[data-tour="library"]'],
  },
  {
    id: 'charter',
    title: 'charterTitle',
    body: 'charterBody',
    anchor: ['.relais-compose-charter', '.relais-compose-draft', '[data-tour="library"]'],
  },
  {
    id: 'meter',
    title: 'meterTitle',
    body: 'meterBody',
    anchor: ['.relais-compose-section:has([role="meter"])', '.relais-compose-draft', '[data-tour="library"]'],
  },
  {
    id: 'moment',
    title: 'momentTitle',
    body: 'momentBody',
    anchor: ['[data-tour="composer"]', '.relais-compose-insert', '[data-tour="library"]'],
  },
] as const;

/** When nothing the tour explains is on screen (an empty library): the app's header. */
export const TOUR_FALLBACK_ANCHOR = ['.relais-header', '.relais-practice__header'];

/** The steps explain the compose screen: the tour opens the library's first item when the list is shown. */
export const TOUR_FIRST_ITEM = '[data-tour="library"] [data-item-key]';
