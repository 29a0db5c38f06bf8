import Store from 'electron-store';
import type { StoreFactory } from '../services/json-store';

/**
 * The services' JSON stores in the app: electron-store files in the userData folder. No
 * `clearInvalidConfig` — a corrupt file must make the constructor throw, so that the services keep
 * it aside instead of silently losing a member's details (services/json-store.ts).
 */
export const createElectronStore: StoreFactory = (name) => new Store<Record<string, unknown>>({ name });
