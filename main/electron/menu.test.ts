import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/contract';
import { createI18n } from '../../shared/i18n';
import { buildMenuTemplate, type MenuOptions } from './menu';

function build(language: Language, options: Partial<MenuOptions> = {}) {
  const { t } = createI18n(language);
  const actions = { isMac: false, onHome: vi.fn(), onAbout: vi.fn(), ...options };
  return { template: buildMenuTemplate((key) => t(key), actions), actions };
}

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  item?.submenu as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) =>
  items.filter((item) => item.type !== 'separator').map((item) => item.label);
const find = (items: MenuItemConstructorOptions[], label: string) =>
  items.flatMap((item) => submenu(item) ?? []).find((item) => item.label === label);

describe('native menu', () => {
  it('speaks Indonesian by default', () => {
    const { template } = build('id');
    expect(labels(template)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(labels(submenu(template[0]))).toEqual(['Beranda', 'Keluar']);
    expect(labels(submenu(template[1]))).toEqual([
      'Urungkan',
      'Ulangi',
      'Potong',
      'Salin',
      'Tempel',
      'Pilih semua',
    ]);
    expect(labels(submenu(template[2]))).toEqual([
      'Muat ulang',
      'Ukuran asli',
      'Perbesar',
      'Perkecil',
      'Layar penuh',
    ]);
    expect(labels(submenu(template[3]))).toEqual(['Tentang Rancang']);
  });

  it('speaks English when the user chose it', () => {
    const { template } = build('en');
    const all = template.flatMap((item) => [item.label, ...labels(submenu(item))]);
    expect(all).toContain('File');
    expect(all).toContain('Edit');
    expect(all).toContain('Undo');
    expect(all).not.toContain('Berkas');
    expect(all).not.toContain('Keluar');
  });

  it('keeps the platform roles so shortcuts and clipboard work natively', () => {
    const { template } = build('id');
    const roles = template
      .flatMap((item) => submenu(item).map((entry) => entry.role))
      .filter(Boolean);
    expect(roles).toEqual([
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
    expect(roles).not.toContain('toggleDevTools');
  });

  it('goes home and shows About through the callbacks', () => {
    const { template, actions } = build('id');
    (find(template, 'Beranda')?.click as () => void)();
    (find(template, 'Tentang Rancang')?.click as () => void)();
    expect(actions.onHome).toHaveBeenCalledOnce();
    expect(actions.onAbout).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions: an application menu with About and Quit', () => {
    const { template } = build('id', { isMac: true });
    expect(labels(template)).toEqual(['Rancang', 'Berkas', 'Sunting', 'Tampilan']);
    expect(labels(submenu(template[0]))).toEqual(['Tentang Rancang', 'Keluar']);
    expect(labels(submenu(template[1]))).toEqual(['Beranda']);
  });

  it('offers developer tools only in development', () => {
    const { template } = build('id', { devTools: true });
    expect(submenu(template[2]).map((item) => item.role)).toContain('toggleDevTools');
  });
});
