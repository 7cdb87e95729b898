/**
 * THE one place that knows LinkedIn's markup. LinkedIn changes its classes
 * often and serves several composers at once (rolled out account by account),
 * so each element is found through a chain that goes from the most precise
 * hook to the most general one: class → stable hook (`data-testid`,
 * `componentkey`, `data-sdui-screen`) → role + accessible name (EN and FR) →
 * placeholder → structure. `findFirst` says which link matched, so a
 * diagnostic can tell "found through a fallback" (LinkedIn changed something)
 * from "found as expected".
 *
 * Every query pierces OPEN shadow roots (`deepQueryAll`): since about May 2026
 * the classic share dialog is rendered inside the open shadow root of
 * `div#interop-outlet[data-testid="interop-shadowdom"]`, where
 * `document.querySelector` does not see. Closed roots are out of reach by design.
 *
 * Sources for the 2026 markup (read through the project's code search):
 * - issue #12 of this project, which sums up the public evidence;
 * - a cross-posting extension's LinkedIn adapter (2026): `.share-box-v2__modal`,
 *   `[data-test-modal-id='sharebox']`, `dialog:has([data-sdui-screen*='sharing.ShareCompose'])`,
 *   `[componentkey='ShareBox_textEditor']`, `.share-actions__primary-action`, "the SDUI
 *   footer's submit control is the dialog's only text-only <button>", a placeholder dialog
 *   swapped "about half a second later", `.share-box-feed-entry__trigger`;
 * - public Playwright automations of the feed (2026): `div[role="button"][tabindex="0"]:has(#draft-text-replaceable-component)`,
 *   `div[role="button"][tabindex="0"]:has(div[aria-label="Start a post"])`,
 *   `dialog[open][data-testid="dialog"]:has([data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"])`,
 *   `[componentkey='draft-text-replaceable-component']`;
 * - public extensions' notes on the shadow root ("Post composer: inside Shadow DOM at
 *   #interop-outlet → .ql-editor[contenteditable]", `[data-test-ql-editor-contenteditable="true"]`);
 * - public comment tools (2026): `[data-testid="ui-core-tiptap-text-editor-wrapper"]`,
 *   `[componentkey^="commentBox-"]`, `.tiptap.ProseMirror`, "LinkedIn reuses TipTap for posts,
 *   comments and messages. The wrapper alone is insufficient."
 *
 * Pure DOM queries: works on any Document, ShadowRoot or Element.
 */
import { foldText } from '../text/fold';
import { appendAll } from '../arrays';

export type SelectorVia = 'feed' | 'class' | 'hook' | 'role' | 'placeholder' | 'structure';

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
  /** Position of the matching link in the chain: 0 = the preferred hook (after any feed hotfix). */
  index: number;
}

export type QueryRoot = Document | ShadowRoot | Element;

/**
 * Replacement selectors shipped in the feed (`_relais.linkedin_selectors`,
 * validated in lib/feed/schema.ts), tried before the built-in chain. Data
 * only: CSS selectors, never code.
 */
export interface SelectorOverrides {
  start_post?: readonly string[];
  share_dialog?: readonly string[];
  share_editor?: readonly string[];
  post_button?: readonly string[];
}

export type OverridableChain = keyof SelectorOverrides;

const LABELS = {
  startPost: ['Start a post', 'Commencer un post'],
  createPost: ['Create a post', 'Créer un post'],
  editor: ['Text editor for creating content', 'Éditeur de texte pour la création de contenu'],
  editorPlaceholder: ['What do you want to talk about', 'De quoi souhaitez-vous discuter'],
  post: ['Post', 'Publier'],
  // Only the English label is shown by a public source; the French one is reconstructed after the
  // post editor's ("Éditeur de texte pour la création de contenu"), the way LinkedIn words its FR labels.
  commentEditor: ['Text editor for creating comment', 'Éditeur de texte pour la création de commentaire'],
} as const;

const EDITABLE =
  '[contenteditable="true"]:not([aria-hidden="true"]), [contenteditable="plaintext-only"]:not([aria-hidden="true"])';
const BUTTON = 'button, [role="button"]';
/** The "ShareCompose" screen of the 2026 SDUI share dialog. */
const SHARE_COMPOSE_SCREEN = '[data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"]';
/** The 2026 Tiptap post editor's stable hook; its aria-label is not publicly known, so it is not used. */
const SHARE_BOX_TEXT_EDITOR = '[componentkey="ShareBox_textEditor"]';
/** What marks "Start a post" in the hashed-class feed, with or without a role on the clickable wrapper. */
const DRAFT_TEXT_ENTRY = '[componentkey="draft-text-replaceable-component"], #draft-text-replaceable-component';

/**
 * Every element matching `css` under `root`, including inside open shadow
 * roots at any depth (document order within each tree, then the shadow trees).
 * Invalid CSS (e.g. a broken feed hotfix) matches nothing instead of throwing.
 */
export function deepQueryAll(root: QueryRoot, css: string): Element[] {
  const results: Element[] = [];
  for (const scope of searchScopes(root)) {
    try {
      appendAll(results, scope.querySelectorAll(css));
    } catch {
      return [];
    }
  }
  return results;
}

/** `root` and every open shadow root under it, found once per lookup. */
function searchScopes(root: QueryRoot): QueryRoot[] {
  const scopes: QueryRoot[] = [root];
  for (let i = 0; i < scopes.length; i += 1) {
    const scope = scopes[i]!;
    if (scope instanceof Element && scope.shadowRoot) scopes.push(scope.shadowRoot);
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      if (element.shadowRoot) scopes.push(element.shadowRoot);
    }
  }
  return scopes;
}

/** `element.closest(css)`, climbing out of shadow roots through their hosts. */
export function closestDeep(element: Element, css: string): Element | null {
  let current: Element | null = element;
  while (current) {
    const found = current.closest(css);
    if (found) return found;
    const root = current.getRootNode();
    // A shadow root is a document fragment with a host.
    current = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

/**
 * A comment box: LinkedIn's 2026 comment editors are Tiptap too, and older
 * comment boxes share the post editor's Quill label. Relais never types there.
 */
export function isCommentEditor(element: Element): boolean {
  if (closestDeep(element, '[componentkey^="commentBox-"], .comments-comment-box, .comments-comment-texteditor'))
    return true;
  const label = foldLabel(element.getAttribute('aria-label') ?? '');
  return LABELS.commentEditor.some((name) => label === foldLabel(name));
}

/**
 * Feed page: the entry that opens the share dialog (a button, a role=button div, or since September 2026 a role-less div).
 *
 * Does LinkedIn open the dialog on a script's (untrusted, `isTrusted: false`) click of this entry? No
 * public source answers for this entry itself (read through the project's issue, code and page search,
 * December 2026), so Relais clicks it (pointer and mouse events, then `click()`, see lib/linkedin/composer.ts)
 * and, when no dialog at all appears within the bounded wait, tells the employee to open LinkedIn's post
 * box themselves and keeps the draft ready (clipboard reason `composer-not-opened`). What the sources show:
 * - LinkedIn ignores untrusted clicks elsewhere in 2026: on /messaging conversation rows a `.click()` and
 *   even a full synthetic mousedown/mouseup/click sequence "reported success but the conversation never
 *   switched", only a trusted CDP click worked (github.com/siropkin/chrome-bridge/issues/23, 2026-09-12);
 *   LinkedIn's React-driven `div[tabindex="0"]` controls silently ignored `.click()` and a full
 *   pointerdown/mousedown/mouseup/click sequence (github.com/apireno/DOMShell/issues/37, 2026-05-26);
 * - a cross-posting extension's 2026 LinkedIn adapter "never clicks the launcher": it opens
 *   `/feed/?shareActive=true` so that LinkedIn opens the share box itself (the same adapter does call
 *   `.click()` on the open dialog's Add media button);
 * - older automations click `.share-box-feed-entry__trigger` with `element.click()` inside the page
 *   (Puppeteer `page.evaluate`), with a fallback when the trigger is not found; none says whether it opened.
 * The fixture variant `share-compose-trusted-only` (tests/fixtures/linkedin/linkedin-2026.js) plays an
 * entry that answers trusted clicks only.
 */
export const startPostTrigger: SelectorChain = {
  name: 'start-post-trigger',
  links: [
    // Classic feed (2024–2025).
    { via: 'class', css: 'button.share-box-feed-entry__trigger', where: outsideDialogs },
    // Hashed-class feed (2026): the role=button wrapper of the draft-text entry.
    {
      via: 'hook',
      css: '[role="button"]',
      where: (element) => outsideDialogs(element) && element.querySelector(DRAFT_TEXT_ENTRY) !== null,
    },
    { via: 'role', css: BUTTON, names: LABELS.startPost, match: 'prefix', where: outsideDialogs },
    // Role-less (September 2026): the labelled div itself.
    {
      via: 'role',
      css: '[aria-label]',
      attribute: 'aria-label',
      names: LABELS.startPost,
      match: 'prefix',
      where: outsideDialogs,
    },
    { via: 'hook', css: DRAFT_TEXT_ENTRY, where: outsideDialogs },
    // No structural guess: clicking the wrong button of the share box (Photo, Video) would open a file picker.
  ],
};

/** Share dialog: the post itself, the "Post" button. Look it up inside the share dialog only. */
export const postButton: SelectorChain = {
  name: 'post-button',
  links: [
    { via: 'class', css: 'button.share-actions__primary-action' },
    // The ShareCompose dialog's Post is a text-only <button> with no stable class: its label is the hook.
    { via: 'role', css: BUTTON, names: LABELS.post },
    // No structural guess: taking "Schedule" or "Dismiss" for Post would record shares that never happened.
  ],
};

/**
 * Share dialog: the post editor. Quill in the classic dialog (light DOM or
 * inside #interop-outlet's shadow root), Tiptap in the ShareCompose dialog.
 * Look it up inside the share dialog only, and never take a comment box.
 */
export const shareEditor: SelectorChain = {
  name: 'share-editor',
  links: [
    { via: 'hook', css: `${SHARE_BOX_TEXT_EDITOR}[contenteditable="true"]`, where: notComment },
    { via: 'hook', css: '.ql-editor[data-test-ql-editor-contenteditable="true"]', where: notComment },
    { via: 'class', css: '.ql-editor[contenteditable="true"]', where: notComment },
    {
      via: 'role',
      css: '[role="textbox"][contenteditable]:not([contenteditable="false"])',
      names: LABELS.editor,
      where: notComment,
    },
    {
      via: 'placeholder',
      css: '[contenteditable][data-placeholder]',
      attribute: 'data-placeholder',
      names: LABELS.editorPlaceholder,
      match: 'prefix',
      where: notComment,
    },
    {
      via: 'placeholder',
      css: '[contenteditable][aria-placeholder]',
      attribute: 'aria-placeholder',
      names: LABELS.editorPlaceholder,
      match: 'prefix',
      where: notComment,
    },
    // Quill's hidden clipboard div is contenteditable too, hence aria-hidden is excluded.
    { via: 'structure', css: EDITABLE, where: notComment },
  ],
};

/** Share dialog container: the modal that "Start a post" opens, holding the editor and the Post button. */
export const shareDialog: SelectorChain = {
  name: 'share-dialog',
  links: [
    { via: 'class', css: '.share-box-v2__modal' },
    { via: 'hook', css: '[data-test-modal-id="sharebox"]' },
    // The 2026 ShareCompose dialog: a native <dialog open data-testid="dialog"> holding the screen or the editor.
    {
      via: 'hook',
      css: 'dialog[open]',
      where: (dialog) => dialog.querySelector(`${SHARE_COMPOSE_SCREEN}, ${SHARE_BOX_TEXT_EDITOR}`) !== null,
    },
    { via: 'role', css: '[role="dialog"], dialog[open]', names: LABELS.createPost, match: 'prefix' },
    // A dialog with a non-comment editable area and a Post button; a messaging dialog has "Send", not "Post".
    {
      via: 'structure',
      css: '[role="dialog"], dialog[open]',
      where: (dialog) =>
        Array.from(dialog.querySelectorAll(EDITABLE)).some(notComment) && findFirst(dialog, postButton) !== null,
    },
  ],
};

/** A comment box under a post (2026 Tiptap, and the classic Quill one): what Relais must leave alone. */
export const commentEditor: SelectorChain = {
  name: 'comment-editor',
  links: [
    {
      via: 'hook',
      css: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
      where: isComment,
    },
    { via: 'class', css: '.comments-comment-box [contenteditable="true"]' },
  ],
};

function isComment(element: Element): boolean {
  return isCommentEditor(element);
}

function notComment(element: Element): boolean {
  return !isCommentEditor(element);
}

function outsideDialogs(element: Element): boolean {
  return closestDeep(element, '[role="dialog"], dialog') === null;
}

/**
 * The chain with the feed's replacement selectors first. They carry no
 * labels (trusted as written) but keep `where`, e.g. "never a comment box".
 */
export function withOverrides(
  chain: SelectorChain,
  css: readonly string[] | undefined,
  where?: (element: Element) => boolean,
): SelectorChain {
  if (!css || css.length === 0) return chain;
  const hotfixes = css.map((selector): SelectorLink => ({ via: 'feed', css: selector, where }));
  return { name: chain.name, links: [...hotfixes, ...chain.links] };
}

export function findFirst<E extends Element = HTMLElement>(root: QueryRoot, chain: SelectorChain): Found<E> | null {
  for (const [index, link] of chain.links.entries()) {
    for (const element of deepQueryAll(root, link.css)) {
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

/** The open share dialog, if any (light DOM or an open shadow root). */
export function findShareDialog(root: QueryRoot, overrides: SelectorOverrides = {}): Found | null {
  return findFirst(root, withOverrides(shareDialog, overrides.share_dialog));
}

/** The share dialog's editor, looked up only inside the open share dialog. */
export function findShareEditor(root: QueryRoot, overrides: SelectorOverrides = {}): Found | null {
  const dialog = findShareDialog(root, overrides);
  return dialog ? findFirst(dialog.element, withOverrides(shareEditor, overrides.share_editor, notComment)) : null;
}

/** The share dialog's Post button, looked up only inside the open share dialog. */
export function findPostButton(root: QueryRoot, overrides: SelectorOverrides = {}): Found | null {
  const dialog = findShareDialog(root, overrides);
  return dialog ? findFirst(dialog.element, withOverrides(postButton, overrides.post_button)) : null;
}

/**
 * Every dialog shown on the page (light DOM or an open shadow root), by the ARIA role or the native
 * element, as every share dialog above is (classic `.share-box-v2__modal[role=dialog]`, 2026
 * `dialog[open]`, LinkedIn's placeholder dialog). Compared before and after clicking "Start a post", it
 * tells "nothing opened" from "a dialog opened that Relais does not recognise" (a messaging window may
 * have been open all along).
 */
const ANY_DIALOG = '[role="dialog"]:not([hidden]):not([aria-hidden="true"]), dialog[open]';

export function openDialogs(root: QueryRoot): Element[] {
  return deepQueryAll(root, ANY_DIALOG);
}

/**
 * The hotfix selectors of several feeds as one: each element's lists end to end, in feed order, without
 * repeats. For the sidebar's box, which has no item in hand when it looks for LinkedIn's share dialog.
 */
export function mergeSelectorOverrides(all: readonly (SelectorOverrides | undefined)[]): SelectorOverrides {
  const merged: Record<OverridableChain, string[]> = {
    start_post: [],
    share_dialog: [],
    share_editor: [],
    post_button: [],
  };
  for (const overrides of all) {
    for (const key of Object.keys(merged) as OverridableChain[]) {
      for (const css of overrides?.[key] ?? []) if (!merged[key].includes(css)) merged[key].push(css);
    }
  }
  return Object.fromEntries(Object.entries(merged).filter(([, list]) => list.length > 0));
}

/** The feed's "Start a post" entry, whatever its role. */
export function findStartPostTrigger(root: QueryRoot, overrides: SelectorOverrides = {}): Found | null {
  return findFirst(root, withOverrides(startPostTrigger, overrides.start_post, outsideDialogs));
}

/**
 * A post's activity URN (`urn:li:activity:7401234567890123456`), the only
 * thing ever put into the selectors below: digits after a fixed prefix, so no
 * CSS can be smuggled in through a feed's `linkedin_post` address.
 */
const POST_URN = /^urn:li:(?:activity|share|ugcPost):\d{1,25}$/;

export function isPostUrn(value: string): boolean {
  return POST_URN.test(value);
}

/**
 * Post page (`/feed/update/urn:li:activity:…/`) and feed: what holds ONE
 * post, found by its URN.
 * - classic feed (2024–2025, widely quoted by public scrapers and automations):
 *   `div.feed-shared-update-v2[data-urn="urn:li:activity:…"]`, `data-id` on older cards;
 * - 2026 hashed-class feed: the comment box's `componentkey^="commentBox-"` is public;
 *   that its suffix is the post's URN is reconstructed (this project's fixture).
 */
function postContainerChain(urn: string): SelectorChain {
  return {
    name: 'post-container',
    links: [
      { via: 'hook', css: `[componentkey="commentBox-${urn}"]` },
      { via: 'hook', css: `[data-urn="${urn}"]` },
      { via: 'hook', css: `[data-id="${urn}"]` },
    ],
  };
}

/**
 * The comment box under the post whose URN is `urn`, and under no other post:
 * looked up only inside that post's own container, and refused when that
 * container also holds another post's comment box (a wrapper of several posts).
 */
export function findCommentEditorFor(root: QueryRoot, urn: string): Found | null {
  if (!isPostUrn(urn)) return null;
  const container = findFirst(root, postContainerChain(urn));
  if (!container) return null;
  const editor = findFirst(container.element, commentEditor);
  if (!editor) return null;
  const others = deepQueryAll(container.element, '[componentkey^="commentBox-"], [data-urn^="urn:li:"]').filter(
    (element) =>
      element.getAttribute('componentkey') !== `commentBox-${urn}` && element.getAttribute('data-urn') !== urn,
  );
  return others.some((other) => other.contains(editor.element)) ? null : editor;
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

/*
 * The share dialog's media input, for "Add the image" (issue #13). Sources (public automation code read
 * through the project's code search, 2026):
 * - a LinkedIn agent's selector module: `button[aria-label="Add media"]`, `"Add a photo"`, `"Add photos"`,
 *   `"Add an image"`, `button[aria-label="Media"][aria-haspopup="dialog"]` (the 2026 ShareCompose footer),
 *   `button:has(svg#image-medium)`; the media dialog `dialog[open][data-testid="dialog"]:has(header h2)` ("Editor")
 *   or `[role="dialog"]:has(input[type="file"])`; `[data-testid="add-media-drop-zone"]`; previews
 *   `img.share-images__image`, `img.image-sharing-preview__image`, `.share-creation-state__image img`,
 *   `img[alt^="image "]` (2026 thumbnails), `figure:has(svg#image-medium) img`; "Next"/"Done" back to the post;
 * - a CLI's LinkedIn adapter for the shadow-rooted classic dialog: `button.share-promoted-detour-button`
 *   (several per dialog, the media one labelled or with the `image-medium` icon), then `input[type="file"]`
 *   in `#interop-outlet`'s shadow root, set through a DataTransfer with `change` dispatched;
 * - Selenium scripts of the classic dialog: `input#image-sharing-detour-container__file-input`
 *   (`accept="image/gif,image/jpeg,image/jpg,image/png"`, visually hidden).
 * The French labels ("Ajouter un média", "Média", "Ajouter une photo", "Éditeur") are reconstructed after
 * LinkedIn's FR wording elsewhere; no public source shows them.
 */
const MEDIA_LABELS = {
  button: [
    'Media',
    'Add media',
    'Add a photo',
    'Add photos',
    'Add an image',
    'Média',
    'Ajouter un média',
    'Ajouter une photo',
    'Ajouter des photos',
    'Ajouter une image',
  ],
  editor: ['Editor', 'Media editor', 'Edit your photo', 'Éditeur', 'Éditeur de médias', 'Modifier votre photo'],
} as const;

const IMAGE_FILE_INPUT = 'input[type="file"]:not([disabled])';

/** Share dialog: the control that opens LinkedIn's own photo/media picker. Look it up inside the share dialog only. */
export const mediaButton: SelectorChain = {
  name: 'media-button',
  links: [
    // 2026 ShareCompose footer.
    { via: 'hook', css: 'button[aria-label][aria-haspopup="dialog"]', names: MEDIA_LABELS.button },
    // Classic dialog (light DOM or #interop-outlet): several detour buttons, the media one is labelled.
    { via: 'class', css: 'button.share-promoted-detour-button', names: MEDIA_LABELS.button },
    {
      via: 'hook',
      css: 'button',
      where: (button) => button.querySelector('svg#image-medium, [data-test-icon="image-medium"]') !== null,
    },
    { via: 'role', css: BUTTON, names: MEDIA_LABELS.button },
    // No structural guess: another footer button (Event, Poll, Celebrate) would open something else.
  ],
};

/** Share dialog or LinkedIn's media dialog: the file input that takes images. */
export const imageFileInput: SelectorChain = {
  name: 'image-file-input',
  links: [
    { via: 'hook', css: `${IMAGE_FILE_INPUT}#image-sharing-detour-container__file-input` },
    { via: 'hook', css: `[data-testid="add-media-drop-zone"] ${IMAGE_FILE_INPUT}` },
    { via: 'structure', css: IMAGE_FILE_INPUT, where: acceptsImages },
  ],
};

/** An image attached to the post (in the composer) or waiting in LinkedIn's media editor. */
export const attachmentPreview: SelectorChain = {
  name: 'attachment-preview',
  links: [
    {
      via: 'class',
      css: 'img.share-images__image, img.image-sharing-preview__image, .share-creation-state__image img',
    },
    { via: 'hook', css: 'img[alt^="image "]' },
    {
      via: 'hook',
      css: 'figure img',
      where: (img) => img.closest('figure')?.querySelector('svg#image-medium') != null,
    },
  ],
};

/**
 * LinkedIn's media dialog, opened by the Media button beside (not inside) the share dialog: a native
 * `<dialog>` with its own header ("Editor") or drop zone, or a role=dialog holding a file input.
 */
export const mediaDialog: SelectorChain = {
  name: 'media-dialog',
  links: [
    {
      via: 'hook',
      css: 'dialog[open]',
      where: (dialog) => dialog.querySelector('[data-testid="add-media-drop-zone"]') !== null,
    },
    { via: 'role', css: '[role="dialog"], dialog[open]', names: MEDIA_LABELS.editor },
    {
      via: 'structure',
      css: '[role="dialog"], dialog[open]',
      where: (dialog) =>
        dialog.querySelector(IMAGE_FILE_INPUT) !== null && dialog.querySelector(SHARE_COMPOSE_SCREEN) === null,
    },
  ],
};

function acceptsImages(input: Element): boolean {
  const accept = (input.getAttribute('accept') ?? '').toLowerCase();
  return accept === '' || accept.split(',').some((type) => type.trim().startsWith('image/'));
}

/** The share dialog's Media button. */
export function findMediaButton(root: QueryRoot, overrides: SelectorOverrides = {}): Found | null {
  const dialog = findShareDialog(root, overrides);
  return dialog ? findFirst(dialog.element, mediaButton) : null;
}

/** LinkedIn's media dialog, when open (never the share dialog itself). */
export function findMediaDialog(root: QueryRoot, overrides: SelectorOverrides = {}): Found | null {
  const share = findShareDialog(root, overrides)?.element;
  for (const [index, link] of mediaDialog.links.entries()) {
    for (const element of deepQueryAll(root, link.css)) {
      if (element !== share && matchesLink(element, link))
        return { element: element as HTMLElement, via: link.via, index };
    }
  }
  return null;
}

/** The image file input: in the media dialog when one is open, else in the share dialog. */
export function findImageFileInput(root: QueryRoot, overrides: SelectorOverrides = {}): Found<HTMLInputElement> | null {
  for (const scope of [findMediaDialog(root, overrides), findShareDialog(root, overrides)]) {
    const input = scope ? findFirst<HTMLInputElement>(scope.element, imageFileInput) : null;
    if (input) return input;
  }
  return null;
}

/** Where an attached image shows: the post itself (`composer`) or LinkedIn's media editor, waiting for "Next". */
export function findAttachment(
  root: QueryRoot,
  overrides: SelectorOverrides = {},
): { where: 'composer' | 'media-editor'; found: Found } | null {
  const share = findShareDialog(root, overrides);
  const inComposer = share ? findFirst(share.element, attachmentPreview) : null;
  if (inComposer) return { where: 'composer', found: inComposer };
  const media = findMediaDialog(root, overrides);
  const inEditor = media ? findFirst(media.element, attachmentPreview) : null;
  return inEditor ? { where: 'media-editor', found: inEditor } : null;
}
