import { exceptionStateAt, toIsoDate, type ExceptionView, type ModelExceptionRecord } from '@mmt/domain';

/** An exception as the API shows it: with its state (active, expired, revoked…) at an instant. */
export const exceptionView = <T extends ModelExceptionRecord>(exception: T, instant: Date): T & ExceptionView => ({
  ...exception,
  state: exceptionStateAt(exception, toIsoDate(instant), instant),
});
