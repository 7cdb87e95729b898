import Quill from 'quill/core';
import 'quill/dist/quill.core.css';
import { useEffect, useRef, useState } from 'react';
import { askBackground } from '@/lib/protocol/client';
import { buildPracticeShare, type LastInsertion } from '@/lib/practice/practice-share';
import { useT } from '../i18n/I18nProvider';
import { FoldPreview } from './FoldPreview';
import { messagesOf } from '@/lib/i18n/catalog';

export interface PracticeComposerHandle {
  quill: Quill | null;
  lastInsertion?: LastInsertion;
}

type PostState = { kind: 'idle' } | { kind: 'posted' } | { kind: 'failed'; message: string };

/** LinkedIn's share box, for practice: a real Quill editor and a Post button that posts nothing. */
export function PracticeComposer({ handle }: { handle: PracticeComposerHandle }) {
  const t = useT(messagesOf('practice'));
  const editorHost = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [post, setPost] = useState<PostState>({ kind: 'idle' });

  useEffect(() => {
    const host = editorHost.current;
    if (!host) return;
    // Tab leaves the editor (as in LinkedIn's), instead of typing a tab: no keyboard trap.
    const quill = new Quill(host, {
      placeholder: t('placeholder'),
      modules: { keyboard: { bindings: { tab: { key: 'Tab', handler: () => true } } } },
    });
    const editor = quill.root;
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    quill.on('text-change', () => {
      setText(quill.getText());
      setPost({ kind: 'idle' });
    });
    handle.quill = quill;
    return () => {
      handle.quill = null;
      host.replaceChildren();
    };
    // The editor is made once; its words follow the language in the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = handle.quill?.root;
    editor?.setAttribute('data-placeholder', t('placeholder'));
    editor?.setAttribute('aria-label', t('editorLabel'));
  }, [handle, t]);

  const empty = text.trim() === '';
  const onPost = async () => {
    const quill = handle.quill;
    if (!quill || empty) return;
    try {
      await askBackground({
        type: 'share.record',
        workspace: 'workshop',
        share: buildPracticeShare(quill.getText(), handle.lastInsertion, Date.now()),
      });
      handle.lastInsertion = undefined;
      quill.setText('');
      setPost({ kind: 'posted' });
    } catch (error) {
      setPost({ kind: 'failed', message: (error as Error).message });
    }
  };

  return (
    <section className="relais-sharebox" data-tour="composer" aria-label={t('composerLabel')}>
      <div className="relais-sharebox__author">
        <span className="relais-sharebox__avatar" aria-hidden="true">
          ✦
        </span>
        <div>
          <strong>{t('author')}</strong>
          <span className="relais-sharebox__audience">{t('audience')}</span>
        </div>
      </div>
      <div ref={editorHost} className="relais-sharebox__editor" />
      <div className="relais-sharebox__actions">
        <span className="relais-sharebox__count">{t('characters', { count: text.trimEnd().length })}</span>
        <button type="button" className="relais-sharebox__post" disabled={empty} onClick={() => void onPost()}>
          {t('post')}
        </button>
      </div>
      <div role="status" className="relais-sharebox__status">
        {post.kind === 'posted' ? (
          <>
            <strong>{t('practiceNotice')}</strong> {t('practiceRecorded')}
          </>
        ) : null}
      </div>
      {post.kind === 'failed' ? <p role="alert">{t('recordFailed', { message: post.message })}</p> : null}
      <FoldPreview text={text} />
    </section>
  );
}
