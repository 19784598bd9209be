/**
 * The preload is a dumb pipe: one `invoke(method, input)` to the main process, nothing else of
 * ipcRenderer. The main process checks who is calling and validates every input, so adding a
 * feature never touches this file.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('rancang', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('rancang:invoke', method, input),
});
