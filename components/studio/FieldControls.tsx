/**
 * The Studio's inputs, each bound to one JSON path of the document: it reads
 * its value there, writes it back through the field codecs (lib/studio/fields)
 * and shows the validator's problems for that path right under it.
 */
import { type ReactNode, useEffect, useId, useState } from 'react';
import { formatPath } from '@/lib/feed/problems';
import { getIn, type JsonValue, type Path } from '@/lib/studio/document';
import { booleanCodec, dateCodec, linesCodec, textCodec } from '@/lib/studio/fields';
import { setLanguageText, setSingleText, splitPerLanguage, toLocalizedForm } from '@/lib/studio/localized';
import { problemsUnder, type StudioProblem } from '@/lib/studio/validate';
import { useT } from '../i18n/I18nProvider';
import { fieldDomId, useStudio } from './use-studio';
import { messagesOf } from '@/lib/i18n/catalog';

/** Problems of a field. `nested`: also those inside it (a list's entries, a text's languages). */
export function useFieldProblems(path: Path, nested = false): StudioProblem[] {
  const { validation } = useStudio();
  const key = formatPath(path);
  return nested ? problemsUnder(validation, key) : (validation.byPath.get(key) ?? []);
}

export function FieldProblems({ id, problems }: { id: string; problems: readonly StudioProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="relais-studio-problems">
      {problems.map((problem, index) => (
        <li key={index} className={`relais-studio-problem relais-studio-problem--${problem.severity}`}>
          {problem.message}
          {problem.hint ? <span className="relais-studio-problem__hint"> {problem.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}

interface ShellProps {
  path: Path;
  label: string;
  hint?: string;
  nested?: boolean;
  children: (input: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

function FieldShell({ path, label, hint, nested, children }: ShellProps) {
  const problems = useFieldProblems(path, nested);
  const id = fieldDomId(formatPath(path));
  const problemsId = `${id}-problems`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', problems.length > 0 ? problemsId : ''].filter(Boolean).join(' ');
  return (
    <div className="relais-field relais-studio-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: describedBy || undefined, invalid: problems.some((p) => p.severity === 'error') })}
      {hint ? (
        <p id={hintId} className="relais-hint">
          {hint}
        </p>
      ) : null}
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
}

type TextKind = 'text' | 'multiline' | 'link' | 'image' | 'language';

export function TextField(props: { path: Path; label: string; kind?: TextKind; hint?: string; list?: string }) {
  const { document, update } = useStudio();
  const value = textCodec.toForm(getIn(document.feed, props.path));
  const kind = props.kind ?? 'text';
  const onChange = (next: string) => update(props.path, textCodec.fromForm(next));
  return (
    <FieldShell path={props.path} label={props.label} hint={props.hint}>
      {({ id, describedBy, invalid }) =>
        kind === 'multiline' ? (
          <textarea
            id={id}
            rows={5}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            id={id}
            type={kind === 'link' || kind === 'image' ? 'url' : 'text'}
            inputMode={kind === 'link' || kind === 'image' ? 'url' : undefined}
            spellCheck={kind === 'text'}
            list={props.list}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

/**
 * One entry per line. The textarea keeps what is typed (blank lines, a line
 * being written) while the document gets the cleaned list; an outside change
 * (undo, another field) replaces the text.
 */
export function LinesField(props: { path: Path; label: string; hint?: string }) {
  const { document, update } = useStudio();
  const stored = getIn(document.feed, props.path);
  const [text, setText] = useState(() => linesCodec.toForm(stored));
  useEffect(() => {
    setText((current) =>
      JSON.stringify(linesCodec.fromForm(current)) === JSON.stringify(stored) ? current : linesCodec.toForm(stored),
    );
  }, [stored]);
  return (
    <FieldShell path={props.path} label={props.label} hint={props.hint} nested>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={3}
          value={text}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            setText(event.target.value);
            update(props.path, linesCodec.fromForm(event.target.value));
          }}
        />
      )}
    </FieldShell>
  );
}

export function DateField(props: { path: Path; label: string }) {
  const t = useT(messagesOf('studio'));
  const { document, update } = useStudio();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const value = dateCodec.toForm(getIn(document.feed, props.path));
  return (
    <FieldShell path={props.path} label={props.label} hint={t('dateHint', { zone })}>
      {({ id, describedBy, invalid }) => (
        <span className="relais-studio-date">
          <input
            id={id}
            type="datetime-local"
            step={1}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => update(props.path, dateCodec.fromForm(event.target.value))}
          />
          {value !== '' ? (
            <button
              type="button"
              className="relais-button relais-studio-small"
              aria-label={`${t('clearDate')}: ${props.label}`}
              onClick={() => update(props.path, undefined)}
            >
              {t('clearDate')}
            </button>
          ) : null}
        </span>
      )}
    </FieldShell>
  );
}

/** A check box. `missingMeans`: what an absent key means (feature switches are on unless false). */
export function CheckField(props: { path: Path; label: string; missingMeans?: boolean }) {
  const { document, update } = useStudio();
  const problems = useFieldProblems(props.path);
  const id = fieldDomId(formatPath(props.path));
  const stored = getIn(document.feed, props.path);
  const missingMeans = props.missingMeans ?? false;
  const checked = typeof stored === 'boolean' ? stored : missingMeans;
  return (
    <div className="relais-studio-field">
      <label className="relais-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(event) =>
            update(
              props.path,
              missingMeans ? (event.target.checked ? undefined : false) : booleanCodec.fromForm(event.target.checked),
            )
          }
        />
        {props.label}
      </label>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** A number; `scale` 100 shows a 0–1 share as a percentage. Empty removes the key. */
export function NumberField(props: { path: Path; label: string; scale?: number; min?: number; max?: number }) {
  const { document, update } = useStudio();
  const scale = props.scale ?? 1;
  const stored = getIn(document.feed, props.path);
  const shown = typeof stored === 'number' ? String(Math.round(stored * scale * 1000) / 1000) : '';
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((current) => (Number(current) * 1 === Number(shown) && current !== '' ? current : shown));
  }, [shown]);
  return (
    <FieldShell path={props.path} label={props.label}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={props.min}
          max={props.max}
          value={text}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            const raw = event.target.value;
            setText(raw);
            const number = Number(raw);
            if (raw.trim() === '') update(props.path, undefined);
            else if (Number.isFinite(number)) update(props.path, number / scale);
          }}
        />
      )}
    </FieldShell>
  );
}

export const STUDIO_LANGUAGES = ['fr', 'en'] as const;

/** A text written once, or per language (French and English shown; other languages kept). */
export function LocalizedField(props: { path: Path; label: string; multiline?: boolean; inList?: boolean }) {
  const t = useT(messagesOf('studio'));
  const { document, update: write } = useStudio();
  // In a list, an emptied entry stays (as {}) until removed, so rows never shift under the typing.
  const update = (path: Path, value: JsonValue | undefined) => write(path, value ?? (props.inList ? {} : undefined));
  const stored = getIn(document.feed, props.path);
  const form = toLocalizedForm(stored);
  const problems = useFieldProblems(props.path, true);
  const baseId = fieldDomId(formatPath(props.path));
  const groupId = useId();
  const input = (id: string, label: string, value: string, onChange: (text: string) => void) => (
    <div className="relais-field" key={id}>
      <label htmlFor={id}>{label}</label>
      {props.multiline ? (
        <textarea
          id={id}
          rows={2}
          value={value}
          aria-describedby={problems.length > 0 ? `${baseId}-problems` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          aria-describedby={problems.length > 0 ? `${baseId}-problems` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
  return (
    <fieldset className="relais-studio-localized" aria-labelledby={groupId}>
      <legend id={groupId}>{props.label}</legend>
      {form.mode === 'single' ? (
        <>
          {input(baseId, t('allLanguages', { label: props.label }), form.text, (text) =>
            update(props.path, setSingleText(text)),
          )}
          <button
            type="button"
            className="relais-button relais-studio-small"
            onClick={() => update(props.path, splitPerLanguage(stored, STUDIO_LANGUAGES))}
          >
            {t('perLanguage')}
          </button>
        </>
      ) : (
        <div className="relais-studio-row">
          {STUDIO_LANGUAGES.map((language, index) =>
            input(
              index === 0 ? baseId : `${baseId}-${language}`,
              `${props.label} — ${language === 'fr' ? t('langFr') : t('langEn')}`,
              form.texts[language] ?? '',
              (text) => update(props.path, setLanguageText(stored, language, text)),
            ),
          )}
        </div>
      )}
      <FieldProblems id={`${baseId}-problems`} problems={problems} />
    </fieldset>
  );
}

/** Rows of a list (channels, phrases…): each with a Remove button, and one Add button. */
export function ListEditor(props: {
  path: Path;
  label: string;
  addLabel: string;
  newEntry: JsonValue;
  rowLabel: (index: number) => string;
  renderRow: (path: Path, index: number) => ReactNode;
}) {
  const t = useT(messagesOf('studio'));
  const { document, update } = useStudio();
  const stored = getIn(document.feed, props.path);
  const list = Array.isArray(stored) ? stored : [];
  const problems = useFieldProblems(props.path);
  const id = fieldDomId(formatPath(props.path));
  return (
    <fieldset className="relais-studio-list" id={id}>
      <legend>{props.label}</legend>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      {list.map((_, index) => (
        <div key={index} className="relais-studio-list__row" role="group" aria-label={props.rowLabel(index)}>
          {props.renderRow([...props.path, index], index)}
          <button
            type="button"
            className="relais-button relais-studio-small"
            aria-label={`${t('removeEntry')}: ${props.rowLabel(index)}`}
            onClick={() => {
              const next = list.filter((__, other) => other !== index);
              update(props.path, next.length === 0 ? undefined : next);
            }}
          >
            {t('removeEntry')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="relais-button"
        onClick={() => update(props.path, [...list, structuredClone(props.newEntry)])}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
