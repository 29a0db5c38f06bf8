import type { IpcMainInvokeEvent } from 'electron';
import { apiContract, type AppServices, type OperationName, type OperationOutput } from '../../shared/api/contract';

/**
 * The one door into the app's services. Every operation of the contract gets a handler that
 * (1) refuses any sender but the app's own page, (2) parses the payload with the operation's zod
 * input schema — a payload that breaks it never reaches a service — and only then (3) calls the
 * service. The app puts it on ipcMain (register-operations.ts); the command line
 * (main/cli/cli-services.ts) and the end-to-end harness call the same handlers.
 */

/**
 * Whether a message comes from the app's own page. The event is Electron's in the app
 * (register-operations.ts), the calling frame in the end-to-end harness, nothing on the command
 * line, which is its own sender.
 */
export type TrustedSenderCheck<Event = IpcMainInvokeEvent> = (event: Event) => boolean;

type Handler<K extends OperationName, Event> = (event: Event, payload?: unknown) => Promise<OperationOutput<K>>;

/** Thrown back to the renderer. Plain text only: never the payload, which may hold personal data. */
export class RefusedOperationError extends Error {
  override name = 'RefusedOperationError';
}

export function createOperationHandler<K extends OperationName, Event = IpcMainInvokeEvent>(
  operation: K,
  services: AppServices,
  isTrustedSender: TrustedSenderCheck<Event>,
): Handler<K, Event> {
  // Own properties only: 'constructor' or '__proto__' must not pass for an operation.
  if (!Object.hasOwn(apiContract, operation)) {
    throw new RefusedOperationError(`Unknown operation: ${String(operation)}`);
  }
  const { input } = apiContract[operation];
  // Read once: a service object mutated later cannot swap in a different function.
  const service = services[operation] as (parsed: unknown) => Promise<OperationOutput<K>>;
  if (typeof service !== 'function') {
    throw new RefusedOperationError(`No service implements ${operation}`);
  }

  return async (event, payload) => {
    if (!isTrustedSender(event)) {
      console.warn(`[ipc] refused ${operation}: untrusted sender`);
      throw new RefusedOperationError(`Refused ${operation}: untrusted sender`);
    }
    const parsed = input.safeParse(payload);
    if (!parsed.success) {
      // Where the payload broke the schema, never what it contained.
      const where = parsed.error.issues.map((issue) => issue.path.map(pathSegment).join('.') || '(root)').join(', ');
      console.warn(`[ipc] refused ${operation}: invalid input at ${where}`);
      throw new RefusedOperationError(`Invalid input for ${operation}`);
    }
    return service(parsed.data);
  };
}

/**
 * A record's keys come from the payload (a region code, a language, a group's name): only a
 * field-like name or an index is written to the log, anything else is "?".
 */
function pathSegment(segment: PropertyKey): string {
  if (typeof segment === 'number') return String(segment);
  return typeof segment === 'string' && /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(segment) ? segment : '?';
}

