import { expect, test } from './fixtures';
import { OptionsPage, PracticeComposerPage } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';

test('switching the language in the options switches every open screen, live', async ({
  context,
  page,
  extensionId,
}) => {
  // The practice page first: its first-visit tour opens the library's first item, in every open Relais.
  const practice = new PracticeComposerPage(await context.newPage(), extensionId);
  await practice.open();
  await practice.editor.click();
  await practice.page.keyboard.insertText('x'.repeat(1234));
  const linkedin = new LinkedInPage(page);
  await linkedin.open();
  await linkedin.openSidebar();
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.open();

  await options.chooseLanguage('Français');
  await expect(options.page.getByRole('heading', { level: 1 })).toHaveText('Réglages de Relais');
  await expect(options.page.getByRole('radio', { name: 'Panneau latéral du navigateur' })).toBeVisible();
  await expect(options.page).toHaveTitle('Réglages de Relais');
  await expect(options.page.locator('html')).toHaveAttribute('lang', 'fr');

  await expect(linkedin.sidebar.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
  await expect(linkedin.sidebar.getByRole('button', { name: 'Fermer Relais' })).toBeVisible();
  await expect(linkedin.sidebar.getByRole('button', { name: 'Comment marche Relais' })).toBeVisible();
  await expect(linkedin.sidebar).toHaveAttribute('lang', 'fr');
  // The header holds in French too ("Mes partages" is longer): the logo stays square, no brand text is cut.
  const header = await linkedin.sidebar.locator('.relais-header').evaluate((element) => {
    const logo = element.querySelector('.relais-logo')!.getBoundingClientRect();
    const cut = [...element.querySelectorAll('.relais-brand *')]
      .filter((text) => text.checkVisibility() && text.scrollWidth > text.clientWidth + 1)
      .map((text) => text.textContent);
    return { logo: [Math.round(logo.width), Math.round(logo.height)], cut };
  });
  expect(header).toEqual({ logo: [32, 32], cut: [] });
  await expect(page.locator('relais-launcher').getByRole('button')).toHaveAttribute('aria-label', 'Fermer Relais');

  await expect(practice.page.getByRole('heading', { level: 1 })).toHaveText('Éditeur d’entraînement');
  // The tour's button reads as an invitation in French, not the odd "Visite" (issue #17).
  await expect(practice.page.getByRole('button', { name: 'Découvrir Relais', exact: true })).toBeVisible();
  await expect(practice.page.getByRole('button', { name: /Visite/ })).toHaveCount(0);
  await expect(practice.postButton).toHaveText('Publier');
  await expect(practice.editor).toHaveAttribute('data-placeholder', 'De quoi souhaitez-vous discuter\u202f?');
  // Numbers follow the language too (French groups thousands with a narrow no-break space).
  await expect(practice.page.getByText(/^1\s234 caractères$/)).toBeVisible();
  await expect(practice.page.getByText(/Mode atelier\s:\scontenus de démonstration/)).toBeVisible();

  await options.chooseLanguage('English');
  await expect(linkedin.sidebar.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(practice.postButton).toHaveText('Post');
  await expect(practice.page.getByText('1,234 characters')).toBeVisible();
  await expect(page.locator('relais-launcher').getByRole('button')).toHaveAttribute('aria-label', 'Close Relais');
});
