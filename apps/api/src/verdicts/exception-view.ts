import { exceptionStateAt, toIsoDate, type ExceptionState, type ModelExceptionRecord } from '@mmt/domain';

/** An exception as the API shows it: with its state (active, expired, revoked…) at an instant. */
export type ExceptionView = ModelExceptionRecord & { state: ExceptionState };

export const exceptionView = <T extends ModelExceptionRecord>(exception: T, instant: Date): T & ExceptionView => ({
  ...exception,
  state: exceptionStateAt(exception, toIsoDate(instant), instant),
});
