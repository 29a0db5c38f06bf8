import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folders of a source checkout, for the command line and tests (the packaged app takes its
 * folders from Electron instead). This file sits in main/, one level below the project root.
 */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RESOURCES_DIR = path.join(PROJECT_ROOT, 'resources');
export const BUNDLED_CAMPAIGNS_DIR = path.join(RESOURCES_DIR, 'campaigns');
export const FONTS_DIR = path.join(RESOURCES_DIR, 'fonts');
export const BUILT_RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');
