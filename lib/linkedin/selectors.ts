/**
 * THE one place that knows LinkedIn's markup. LinkedIn changes its classes
 * often, so each element is found through a chain that goes from the most
 * precise hook to the most general one: class → role + accessible name (EN and
 * FR) → placeholder → structure. `findFirst` says which link matched, so a
 * diagnostic can tell "found through a fallback" (LinkedIn changed something)
 * from "found as expected".
 *
 * Pure DOM queries: works on any Document, ShadowRoot or Element.
 */
import { foldText } from '../text/fold';

export type SelectorVia = 'class' | 'role' | 'placeholder' | 'structure';

export interface SelectorLink {
  via: SelectorVia;
  css: string;
  /** Labels the element's accessible name (or `attribute`) must have, compared case- and accent-insensitively. */
  names?: readonly string[];
  /** `exact` (default) or `prefix`, for labels LinkedIn sometimes extends ("Start a post, try writing with AI"). */
  match?: 'exact' | 'prefix';
  /** Compare `names` with this attribute instead of the accessible name. */
  attribute?: string;
  /** A further structural condition on the candidate. */
  where?: (element: Element) => boolean;
}

export interface SelectorChain {
  /** What the chain targets, for diagnostics. */
  name: string;
  links: readonly SelectorLink[];
}

export interface Found<E extends Element = HTMLElement> {
  element: E;
  via: SelectorVia;
  /** Position of the matching link in the chain: 0 = the preferred hook. */
  index: number;
}

type QueryRoot = Document | ShadowRoot | Element;

const LABELS = {
  startPost: ['Start a post', 'Commencer un post'],
  createPost: ['Create a post', 'Créer un post'],
  editor: ['Text editor for creating content', 'Éditeur de texte pour la création de contenu'],
  editorPlaceholder: ['What do you want to talk about', 'De quoi souhaitez-vous discuter'],
  post: ['Post', 'Publier'],
} as const;

const EDITABLE =
  '[contenteditable="true"]:not([aria-hidden="true"]), [contenteditable="plaintext-only"]:not([aria-hidden="true"])';
const BUTTON = 'button, [role="button"]';

/** Feed page: the "Start a post" button at the top of the feed, which opens the share dialog. */
export const startPostTrigger: SelectorChain = {
  name: 'start-post-trigger',
  links: [
    { via: 'class', css: 'button.share-box-feed-entry__trigger' },
    { via: 'role', css: BUTTON, names: LABELS.startPost, match: 'prefix' },
    // No structural guess: clicking the wrong button of the share box (Photo, Video) would open a file picker.
  ],
};

/** Share dialog: the post itself, the "Post" button. Look it up inside the share dialog only. */
export const postButton: SelectorChain = {
  name: 'post-button',
  links: [
    { via: 'class', css: 'button.share-actions__primary-action' },
    { via: 'role', css: BUTTON, names: LABELS.post },
    // No structural guess: taking "Schedule" or "Dismiss" for Post would record shares that never happened.
  ],
};

/**
 * Share dialog: the Quill editor,
 * div.ql-editor[contenteditable][role=textbox][aria-label='Text editor for creating content'].
 * Look it up inside the share dialog only: comment boxes use the same editor and label.
 */
export const shareEditor: SelectorChain = {
  name: 'share-editor',
  links: [
    { via: 'class', css: '.ql-editor[contenteditable="true"]' },
    { via: 'role', css: '[role="textbox"][contenteditable]:not([contenteditable="false"])', names: LABELS.editor },
    {
      via: 'placeholder',
      css: '[contenteditable][data-placeholder]',
      attribute: 'data-placeholder',
      names: LABELS.editorPlaceholder,
      match: 'prefix',
    },
    {
      via: 'placeholder',
      css: '[contenteditable][aria-placeholder]',
      attribute: 'aria-placeholder',
      names: LABELS.editorPlaceholder,
      match: 'prefix',
    },
    // Quill's hidden clipboard div is contenteditable too, hence aria-hidden is excluded.
    { via: 'structure', css: EDITABLE },
  ],
};

/** Share dialog container: the modal that "Start a post" opens, holding the editor and the Post button. */
export const shareDialog: SelectorChain = {
  name: 'share-dialog',
  links: [
    { via: 'class', css: '.share-box-v2__modal' },
    { via: 'role', css: '[role="dialog"], dialog', names: LABELS.createPost, match: 'prefix' },
    // A dialog with an editable area and a Post button; a messaging dialog has "Send", not "Post".
    {
      via: 'structure',
      css: '[role="dialog"], dialog',
      where: (dialog) => dialog.querySelector(EDITABLE) !== null && findFirst(dialog, postButton) !== null,
    },
  ],
};

export function findFirst<E extends Element = HTMLElement>(root: QueryRoot, chain: SelectorChain): Found<E> | null {
  for (const [index, link] of chain.links.entries()) {
    for (const element of Array.from(root.querySelectorAll(link.css))) {
      if (matchesLink(element, link)) return { element: element as E, via: link.via, index };
    }
  }
  return null;
}

function matchesLink(element: Element, link: SelectorLink): boolean {
  if (link.names) {
    const value = link.attribute ? (element.getAttribute(link.attribute) ?? '') : accessibleName(element);
    const folded = foldLabel(value);
    const matched = link.names.some((name) => {
      const wanted = foldLabel(name);
      return link.match === 'prefix' ? folded.startsWith(wanted) : folded === wanted;
    });
    if (!matched) return false;
  }
  return link.where ? link.where(element) : true;
}

/** Enough of the accessible-name rules for LinkedIn's buttons, dialogs and editors. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return label;
  // Only controls are named by their content; a dialog or editor is not.
  return element.matches(BUTTON) ? (element.textContent ?? '') : '';
}

function foldLabel(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The open share dialog, if any. */
export function findShareDialog(root: QueryRoot): Found | null {
  return findFirst(root, shareDialog);
}

/** The share dialog's editor, looked up only inside the open share dialog. */
export function findShareEditor(root: QueryRoot): Found | null {
  const dialog = findShareDialog(root);
  return dialog ? findFirst(dialog.element, shareEditor) : null;
}

/** The share dialog's Post button, looked up only inside the open share dialog. */
export function findPostButton(root: QueryRoot): Found | null {
  const dialog = findShareDialog(root);
  return dialog ? findFirst(dialog.element, postButton) : null;
}

/**
 * Any page: LinkedIn's own colour theme. LinkedIn marks dark mode with a class
 * on <html> — `theme--dark` (also `theme--dark-lix` in recent markup) — and
 * sometimes on <body>; without one, LinkedIn is light. Source: public
 * extensions reading it, e.g. github.com/diegofrr/likedin theme.js
 * (`html.classList.contains('theme--dark')`) and several job-highlighting
 * extensions (`documentElement.classList.contains('theme--dark-lix')`).
 */
export const LINKEDIN_DARK_THEME_CLASSES = ['theme--dark', 'theme--dark-lix'] as const;

export function linkedInTheme(document: Document): 'light' | 'dark' {
  const marked = (element: Element | null) =>
    LINKEDIN_DARK_THEME_CLASSES.some((name) => element?.classList.contains(name) ?? false);
  return marked(document.documentElement) || marked(document.body) ? 'dark' : 'light';
}
