/**
 * A file input drawn as Relais's own button, with the chosen file's name (or
 * "No file chosen") beside it in the page's language and theme, instead of the
 * browser's native control (English whatever the page's language, light grey in
 * dark mode). The native input stays, visually hidden: it takes the focus
 * (Tab, then Space or Enter opens the system picker), screen readers name it
 * by the field's label and hear the status as its description, and tests set
 * its files as usual. The button is a second <label> of the same input, so a
 * click on it opens the picker without any script.
 */
import { useId, useState } from 'react';
import { messagesOf } from '@/lib/i18n/catalog';
import { useT } from '../i18n/I18nProvider';
import './file-picker.css';

export interface FilePickerProps {
  /** The field's name: shown above the button, and the input's accessible name. */
  label: string;
  /** Keeps the name for screen readers only (when the button's words already say it). */
  hideLabel?: boolean;
  /** The button's words; "Choose a file…" (or "Choose files…") by default. */
  button?: string;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** What the status says before a file is chosen ("No file chosen" by default). */
  none?: string;
  /** Shows "No file chosen" / the chosen file's name beside the button (default: shown). */
  showStatus?: boolean;
  /** Called with the chosen files; the input is emptied after, so the same file can be chosen again. */
  onFiles(files: File[]): void;
}

export function FilePicker(props: FilePickerProps) {
  const t = useT(messagesOf('filePicker'));
  const id = useId();
  const labelId = `${id}-label`;
  const statusId = `${id}-status`;
  const [chosen, setChosen] = useState<string[]>([]);
  const showStatus = props.showStatus ?? true;
  const status =
    chosen.length === 0
      ? (props.none ?? t('none'))
      : chosen.length === 1
        ? chosen[0]!
        : t.plural('chosen', chosen.length);
  return (
    <div className="relais-filepicker">
      <label
        id={labelId}
        htmlFor={id}
        className={props.hideLabel ? 'relais-visually-hidden' : 'relais-filepicker__label'}
      >
        {props.label}
      </label>
      <div className="relais-filepicker__row">
        <input
          id={id}
          type="file"
          className="relais-visually-hidden relais-filepicker__input"
          aria-labelledby={labelId}
          aria-describedby={showStatus ? statusId : undefined}
          accept={props.accept}
          multiple={props.multiple}
          disabled={props.disabled}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length === 0) return;
            setChosen(files.map((file) => file.name));
            props.onFiles(files);
          }}
        />
        {/* Hidden from assistive technology: the input itself is what they reach and name. */}
        <label htmlFor={id} className="relais-button relais-filepicker__button" aria-hidden="true">
          {props.button ?? (props.multiple ? t('chooseMany') : t('choose'))}
        </label>
        {showStatus ? (
          <span
            id={statusId}
            className={`relais-filepicker__status${chosen.length === 0 ? ' relais-filepicker__status--none' : ''}`}
          >
            {status}
          </span>
        ) : null}
      </div>
    </div>
  );
}
