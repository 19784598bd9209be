/**
 * The native menu as plain data, so it can be checked in both languages without Electron.
 * Roles keep the platform's own behaviour and shortcuts; labels come from the catalogue
 * because Electron would otherwise show English role names to Indonesian users.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type id from '../../shared/locales/id.json';

export type MenuKey = `menu.${Exclude<keyof typeof id.menu, 'aboutDetail'>}`;
export type MenuTranslate = (key: MenuKey) => string;

export interface MenuOptions {
  isMac: boolean;
  onHome(): void;
  onAbout(): void;
  /** Adds "Open package…" to the File menu. */
  onOpenPackage?(): void;
  /** Adds the developer tools toggle (development builds only). */
  devTools?: boolean;
}

export function buildMenuTemplate(
  t: MenuTranslate,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = {
    label: t('menu.about'),
    click: () => options.onAbout(),
  };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu.quit') };

  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ label: 'Rancang', submenu: [about, separator, quit] });
  template.push(
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.home'), accelerator: 'CmdOrCtrl+Shift+H', click: () => options.onHome() },
        ...(options.onOpenPackage
          ? [
              {
                label: t('menu.openPackage'),
                accelerator: 'CmdOrCtrl+O',
                click: () => options.onOpenPackage?.(),
              },
            ]
          : []),
        ...(options.isMac ? [] : [separator, quit]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        separator,
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'reload', label: t('menu.reload') },
        ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
        separator,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        separator,
        { role: 'togglefullscreen', label: t('menu.fullscreen') },
      ],
    },
  );
  // On macOS "about" lives in the application menu, which leaves Help empty.
  if (!options.isMac) template.push({ label: t('menu.help'), submenu: [about] });
  return template;
}
