import { defineMessages } from '@/lib/i18n/messages';

export const optionsMessages = defineMessages(
  {
    title: 'Relais settings',
    languageHeading: 'Language',
    languageLabel: 'Language of Relais',
    languageAuto: 'Same as the browser',
    saved: 'Saved.',
  },
  {
    title: 'Réglages de Relais',
    languageHeading: 'Langue',
    languageLabel: 'Langue de Relais',
    languageAuto: 'Comme le navigateur',
    saved: 'Enregistré.',
  },
);
