import { app } from 'electron';
import { join } from 'node:path';

/**
 * Where the app's files are, packaged or not. Packaged: out/ inside app.asar (the app path) and
 * resources/ as real files next to it (electron-builder's extraResources: fonts must be readable
 * by other programs, campaigns replaceable by an update). From a checkout (`npm start`): both
 * under the project folder, which is the app path there.
 */
export interface AppPaths {
  rendererDir: string;
  resourcesDir: string;
  preloadPath: string;
  windowIconPath: string;
}

export function appPaths(): AppPaths {
  const appPath = app.getAppPath();
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appPath, 'resources');
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    resourcesDir,
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
    windowIconPath: join(resourcesDir, 'icons', 'png', '512x512.png'),
  };
}
