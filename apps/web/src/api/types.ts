// Response envelopes of the HTTP API. Entities and input shapes come from `@mmt/domain`,
// so the web and the API share one definition of each.
import type {
  ExceptionState,
  Model,
  ModelEvent,
  ModelExceptionRecord,
  NewProjectCounts,
  PolicyVersion,
  VerdictCounts,
} from '@mmt/domain';

export type { ExceptionState, PolicyVersion };

/** An exception as the API returns it: the record plus its state at the requested date. */
export interface ExceptionView extends ModelExceptionRecord {
  state: ExceptionState;
}

export interface ModelDetail extends Model {
  exceptions: ExceptionView[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HistoryResponse {
  items: ModelEvent[];
}

export interface PolicyResponse {
  current: PolicyVersion;
  versions: PolicyVersion[];
}

export interface ComplianceResponse {
  asOf: string;
  policy: PolicyVersion;
  counts: VerdictCounts;
  newProjects: NewProjectCounts;
  newProjectComplianceRate: number | null;
  /** Active exceptions ending within 30 days. `state` is optional: the API currently leaves it out. */
  expiringExceptions: (ModelExceptionRecord & { state?: ExceptionState; modelName: string })[];
  models: Model[];
}

export interface FieldErrorDetail {
  field: string;
  message: string;
}

/** The API's one error shape. A stale edit (409) also carries the newer model as `current`. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  details?: FieldErrorDetail[];
  current?: Model;
}
