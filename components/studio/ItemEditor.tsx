/** The editor of one item: every field of the format (lib/studio/fields), grouped as a comms person thinks of them. */
import { useId } from 'react';
import { getIn, type JsonObject } from '@/lib/studio/document';
import { ITEM_FIELDS, type ItemField } from '@/lib/studio/fields';
import { useT } from '../i18n/I18nProvider';
import { CheckField, DateField, LinesField, TextField, useFieldProblems } from './FieldControls';
import { useStudio } from './use-studio';
import { localize } from '@/lib/i18n/localized-text';
import { useLocale } from '../i18n/I18nProvider';
import { FieldProblems } from './FieldControls';
import { fieldDomId } from './use-studio';
import { formatPath } from '@/lib/feed/problems';
import { messagesOf } from '@/lib/i18n/catalog';

const GROUPS = ['message', 'sharing', 'schedule', 'source'] as const;
const GROUP_LABELS = {
  message: 'groupMessage',
  sharing: 'groupSharing',
  schedule: 'groupSchedule',
  source: 'groupSource',
} as const;

export const CATEGORY_SUGGESTIONS_ID = 'relais-studio-categories';

function ChannelSelect({ index, field, label }: { index: number; field: ItemField; label: string }) {
  const t = useT(messagesOf('studio'));
  const locale = useLocale();
  const { document, update } = useStudio();
  const path = ['items', index, ...field.path];
  const channels = getIn(document.feed, ['_relais', 'channels']);
  const options = Array.isArray(channels) ? (channels as JsonObject[]) : [];
  const value = getIn(document.feed, path);
  const problems = useFieldProblems(path);
  const id = fieldDomId(formatPath(path));
  return (
    <div className="relais-field relais-studio-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(event) => update(path, event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{t('channelNone')}</option>
        {options.map((channel) => {
          const channelId = String(channel.id ?? '');
          const name = localize(channel.label as never, locale) || channelId;
          return channelId ? (
            <option key={channelId} value={channelId}>
              {name}
            </option>
          ) : null;
        })}
        {typeof value === 'string' && !options.some((channel) => channel.id === value) ? (
          <option value={value}>{value}</option>
        ) : null}
      </select>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

function FieldFor({ index, field }: { index: number; field: ItemField }) {
  const t = useT(messagesOf('studio'));
  const label = t(`field_${field.name}` as Parameters<typeof t>[0]);
  const path = ['items', index, ...field.path];
  switch (field.kind) {
    case 'lines':
      return <LinesField path={path} label={label} />;
    case 'date':
      return <DateField path={path} label={label} />;
    case 'boolean':
      return <CheckField path={path} label={label} />;
    case 'channel':
      return <ChannelSelect index={index} field={field} label={label} />;
    case 'category':
      return <TextField path={path} label={label} list={CATEGORY_SUGGESTIONS_ID} />;
    default:
      return <TextField path={path} label={label} kind={field.kind} />;
  }
}

export function ItemEditor({ index, title }: { index: number; title: string }) {
  const t = useT(messagesOf('studio'));
  const headingId = useId();
  const itemProblems = useFieldProblems(['items', index]);
  return (
    <section className="relais-studio-editor" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('editing', { title })}
      </h2>
      <FieldProblems id={`${headingId}-problems`} problems={itemProblems} />
      {GROUPS.map((group) => {
        const fields = ITEM_FIELDS.filter((field) => field.group === group);
        const body = fields.map((field) => <FieldFor key={field.name} index={index} field={field} />);
        return group === 'source' ? (
          <details key={group} className="relais-studio-group">
            <summary>{t(GROUP_LABELS[group])}</summary>
            {body}
          </details>
        ) : (
          <fieldset key={group} className="relais-studio-group">
            <legend>{t(GROUP_LABELS[group])}</legend>
            {body}
          </fieldset>
        );
      })}
    </section>
  );
}
