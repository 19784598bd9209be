/**
 * The application core: one per process, whatever the host (Electron IPC, the loopback HTTP
 * host of browser mode, the CLI, unit tests).
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { Settings } from '../../shared/contract';
import type { PlanDocument } from '../../shared/plan-document';
import { openStore, type Store } from '../db/open';
import { createDispatcher, type Dispatch } from '../rpc/dispatcher';
import { createContext, type CoreContext } from './context';
import { loadDemoDocument, seedDemoOnFirstStart } from './demo/demo.service';
import { createHandlers, type Handlers } from './handlers';
import { STORE_FILE } from './paths';
import { loadReference } from './reference/reference.loader';
import { getSettings } from './settings/settings.service';

export interface CoreOptions {
  dataDir: string;
  resourcesDir: string;
  host: 'electron' | 'browser' | 'test';
  version: string;
  /** Seed the demo plan on the installation's first start (default true). */
  seedDemo?: boolean;
  nativeBinding?: string;
  clock?: () => Date;
}

export interface CoreEvents {
  'settings-changed': [Settings];
}

export interface Core {
  dispatch: Dispatch;
  handlers: Handlers;
  ctx: CoreContext;
  store: Store;
  events: EventEmitter<CoreEvents>;
  settings(): Promise<Settings>;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const reference = loadReference(options.resourcesDir);
  const storeFile = path.join(options.dataDir, STORE_FILE);
  const store = await openStore({
    file: storeFile,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const ctx = createContext(store.db, reference, options.clock);
  const events = new EventEmitter<CoreEvents>();
  let demo: PlanDocument | undefined;
  const demoDocument = () => (demo ??= loadDemoDocument(options.resourcesDir));
  const handlers = createHandlers(ctx, {
    info: {
      version: options.version,
      dataDir: options.dataDir,
      storeFile,
      host: options.host,
      referenceVersion: reference.data.pillars.version,
    },
    demo: demoDocument,
    onSettingsChanged: (settings) => events.emit('settings-changed', settings),
  });
  if (options.seedDemo !== false) await seedDemoOnFirstStart(ctx, demoDocument);
  return {
    dispatch: createDispatcher(handlers),
    handlers,
    ctx,
    store,
    events,
    settings: () => getSettings(ctx),
    close: () => store.close(),
  };
}
