import { defineMessages } from '@/lib/i18n/messages';

export const appMessages = defineMessages(
  {
    appName: 'Relais',
    sidebarLabel: 'Relais — share in your own words',
    close: 'Close Relais',
    tagline: 'Share in your own words',
    loading: 'Loading…',
    retry: 'Try again',
    openOptions: 'Settings',
    openInsights: 'My shares',
  },
  {
    appName: 'Relais',
    sidebarLabel: 'Relais — partagez avec vos mots',
    close: 'Fermer Relais',
    tagline: 'Partagez avec vos propres mots',
    loading: 'Chargement…',
    retry: 'Réessayer',
    openOptions: 'Réglages',
    openInsights: 'Mes partages',
  },
);
