import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folders of a source checkout, for the command line and tests (the packaged app takes its
 * folders from Electron instead). This file sits in main/, one level below the project root.
 */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The folders under a checkout's root; code bundled elsewhere (the benchmark) names its root. */
export function checkoutFolders(root: string) {
  const resources = path.join(root, 'resources');
  return {
    resources,
    bundledCampaigns: path.join(resources, 'campaigns'),
    fonts: path.join(resources, 'fonts'),
    builtRenderer: path.join(root, 'out', 'renderer'),
  };
}

const folders = checkoutFolders(PROJECT_ROOT);
export const RESOURCES_DIR = folders.resources;
export const BUNDLED_CAMPAIGNS_DIR = folders.bundledCampaigns;
export const FONTS_DIR = folders.fonts;
export const BUILT_RENDERER_DIR = folders.builtRenderer;
