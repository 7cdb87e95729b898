/** Feed settings: the feed itself, organisation, channels, the whole charter, the mix target and the switches. */
import { type ReactNode, useId } from 'react';
import { formatPath } from '@/lib/feed/problems';
import { getIn, isJsonObject, type JsonObject, type Path } from '@/lib/studio/document';
import { useT } from '../i18n/I18nProvider';
import {
  CheckField,
  FieldProblems,
  LinesField,
  ListEditor,
  LocalizedField,
  NumberField,
  TextField,
  useFieldProblems,
} from './FieldControls';
import { fieldDomId, useStudio } from './use-studio';
import { messagesOf } from '@/lib/i18n/catalog';

const CHARTER: Path = ['_relais', 'charter'];
const charter = (...rest: (string | number)[]): Path => [...CHARTER, ...rest];

function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="relais-studio-settings__section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {intro ? <p className="relais-hint">{intro}</p> : null}
      {children}
    </section>
  );
}

function PhraseList({ name }: { name: 'banned' | 'confidential' }) {
  const t = useT(messagesOf('studio'));
  const label = t(`charter_${name}`);
  return (
    <ListEditor
      path={charter(name)}
      label={label}
      addLabel={t('addEntry')}
      newEntry={{ phrase: '' }}
      rowLabel={(index) => t('entryNumber', { label, number: index + 1 })}
      renderRow={(path) => (
        <>
          <TextField path={[...path, 'phrase']} label={t('phrase')} />
          <CheckField path={[...path, 'regex']} label={t('phraseRegex')} />
          <LocalizedField path={[...path, 'reason']} label={t('phraseReason')} />
          <TextField path={[...path, 'suggestion']} label={t('phraseSuggestion')} />
        </>
      )}
    />
  );
}

function GuidanceList({ name }: { name: 'do' | 'dont' }) {
  const t = useT(messagesOf('studio'));
  const label = t(`charter_${name}`);
  return (
    <ListEditor
      path={charter(name)}
      label={label}
      addLabel={t('addEntry')}
      newEntry={{}}
      rowLabel={(index) => t('entryNumber', { label, number: index + 1 })}
      renderRow={(path, index) => (
        <LocalizedField path={path} label={t('entryNumber', { label, number: index + 1 })} multiline inList />
      )}
    />
  );
}

/** Category ids are keys of an object: renaming one rewrites the object in the same order. */
function KeyedRows(props: {
  path: Path;
  label: string;
  keyLabel: string;
  addLabel: string;
  newValue: JsonObject[string];
  renderValue: (path: Path, key: string) => ReactNode;
}) {
  const t = useT(messagesOf('studio'));
  const { document, update, validation } = useStudio();
  const stored = getIn(document.feed, props.path);
  const entries = isJsonObject(stored) ? Object.entries(stored) : [];
  const problems = useFieldProblems(props.path);
  const id = fieldDomId(formatPath(props.path));
  const write = (next: Array<[string, JsonObject[string]]>) =>
    update(props.path, next.length === 0 ? undefined : Object.fromEntries(next));
  return (
    <fieldset className="relais-studio-list" id={id}>
      <legend>{props.label}</legend>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      {entries.map(([key], index) => (
        <div key={index} className="relais-studio-list__row" role="group" aria-label={key || props.keyLabel}>
          <div className="relais-field">
            <label htmlFor={`${id}-key-${index}`}>{props.keyLabel}</label>
            <input
              id={`${id}-key-${index}`}
              type="text"
              value={key}
              onChange={(event) =>
                write(entries.map((entry, other) => (other === index ? [event.target.value, entry[1]] : entry)))
              }
            />
            <FieldProblems
              id={`${id}-key-${index}-problems`}
              problems={(validation.byPath.get(formatPath([...props.path, key])) ?? []).filter(
                (problem) => problem.code === 'bad-key',
              )}
            />
          </div>
          {props.renderValue([...props.path, key], key)}
          <button
            type="button"
            className="relais-button relais-studio-small"
            aria-label={`${t('removeEntry')}: ${key || props.keyLabel}`}
            onClick={() => write(entries.filter((_, other) => other !== index))}
          >
            {t('removeEntry')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="relais-button"
        onClick={() => {
          let n = entries.length + 1;
          while (entries.some(([key]) => key === `category-${n}`)) n += 1;
          write([...entries, [`category-${n}`, props.newValue]]);
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}

function MixEditor() {
  const t = useT(messagesOf('studio'));
  const { validation } = useStudio();
  const sum = validation.mixSum;
  const rounded = sum === undefined ? 0 : Math.round(sum * 10) / 10;
  return (
    <Section title={t('mixHeading')} intro={t('mixIntro')}>
      <KeyedRows
        path={['_relais', 'mix']}
        label={t('mixHeading')}
        keyLabel={t('mixCategory')}
        addLabel={t('addCategory')}
        newValue={0}
        renderValue={(path, key) => <NumberField key={key} path={path} label={t('mixShare')} min={0} max={100} />}
      />
      {sum !== undefined ? (
        <p
          className={`relais-studio-mixsum ${rounded === 100 ? 'relais-studio-mixsum--ok' : 'relais-studio-mixsum--off'}`}
          role="status"
          aria-live="polite"
        >
          {rounded === 100 ? t('mixTotalOk') : t('mixTotal', { sum: rounded })}
        </p>
      ) : null}
    </Section>
  );
}

export function SettingsPanel() {
  const t = useT(messagesOf('studio'));
  const headingId = useId();
  return (
    <section className="relais-studio-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settingsHeading')}</h2>
      <Section title={t('feedHeading')}>
        <TextField path={['title']} label={t('feed_title')} />
        <TextField path={['_relais', 'organisation']} label={t('organisation')} />
        <TextField path={['description']} label={t('feed_description')} kind="multiline" />
        <TextField path={['language']} label={t('feed_language')} kind="language" />
        <TextField path={['home_page_url']} label={t('feed_home_page_url')} kind="link" />
        <TextField path={['feed_url']} label={t('feed_feed_url')} kind="link" />
        <TextField path={['icon']} label={t('feed_icon')} kind="image" />
      </Section>
      <Section title={t('channelsHeading')} intro={t('channelsIntro')}>
        <ListEditor
          path={['_relais', 'channels']}
          label={t('channelsHeading')}
          addLabel={t('addChannel')}
          newEntry={{ id: '', label: {} }}
          rowLabel={(index) => t('channelNumber', { number: index + 1 })}
          renderRow={(path) => (
            <>
              <TextField path={[...path, 'id']} label={t('channelId')} />
              <LocalizedField path={[...path, 'label']} label={t('channelLabel')} />
              <LocalizedField path={[...path, 'description']} label={t('channelDescription')} />
            </>
          )}
        />
      </Section>
      <Section title={t('charterHeading')} intro={t('charterIntro')}>
        <LocalizedField path={charter('tone')} label={t('charter_tone')} multiline />
        <GuidanceList name="do" />
        <GuidanceList name="dont" />
        <PhraseList name="banned" />
        <PhraseList name="confidential" />
        <ListEditor
          path={charter('brand_spellings')}
          label={t('charter_brand_spellings')}
          addLabel={t('addEntry')}
          newEntry={{ correct: '', variants: [] }}
          rowLabel={(index) => t('entryNumber', { label: t('charter_brand_spellings'), number: index + 1 })}
          renderRow={(path) => (
            <>
              <TextField path={[...path, 'correct']} label={t('brandCorrect')} />
              <LinesField path={[...path, 'variants']} label={t('brandVariants')} />
            </>
          )}
        />
        <fieldset className="relais-studio-list">
          <legend>{t('charter_disclosure')}</legend>
          <TextField path={charter('disclosure', 'text')} label={t('disclosureText')} />
          <LinesField path={charter('disclosure', 'accept')} label={t('disclosureAccept')} />
        </fieldset>
        <fieldset className="relais-studio-list">
          <legend>{t('charter_hashtags')}</legend>
          <div className="relais-studio-row">
            <NumberField path={charter('hashtags', 'min')} label={t('hashtagsMin')} min={0} />
            <NumberField path={charter('hashtags', 'max')} label={t('hashtagsMax')} min={0} />
          </div>
        </fieldset>
        <LinesField path={charter('forbidden_mentions')} label={t('charter_forbidden_mentions')} />
        <NumberField path={charter('min_own_words')} label={t('charter_min_own_words')} scale={100} min={0} max={100} />
        <NumberField path={charter('max_length')} label={t('charter_max_length')} min={1} max={3000} />
        <KeyedRows
          path={charter('default_prompts')}
          label={t('charter_default_prompts')}
          keyLabel={t('promptsCategory')}
          addLabel={t('addCategory')}
          newValue={[]}
          renderValue={(path, key) => (
            <ListEditor
              key={key}
              path={path}
              label={t('promptsList')}
              addLabel={t('addEntry')}
              newEntry={{}}
              rowLabel={(index) => t('entryNumber', { label: key, number: index + 1 })}
              renderRow={(entryPath, index) => (
                <LocalizedField path={entryPath} label={t('entryNumber', { label: key, number: index + 1 })} inList />
              )}
            />
          )}
        />
      </Section>
      <MixEditor />
      <Section title={t('featuresHeading')} intro={t('featuresIntro')}>
        {(['composer_insert', 'post_detection', 'in_page_sidebar'] as const).map((name) => (
          <CheckField
            key={name}
            path={['_relais', 'features', name]}
            label={t(`feature_${name}`)}
            missingMeans={true}
          />
        ))}
      </Section>
    </section>
  );
}
