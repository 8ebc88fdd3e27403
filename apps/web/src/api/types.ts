// Response envelopes of the HTTP API. Entities and input shapes come from `@mmt/domain`,
// so the web and the API share one definition of each.
import type {
  ExceptionState,
  FrameworkFamily,
  ImportProblem,
  ImportResult,
  Lifecycle,
  Model,
  ModelEvent,
  ModelExceptionRecord,
  NewProjectCounts,
  PolicyVersion,
  PortfolioKpis,
  RetirementProjection,
  ReviewChanges,
  ReviewRecord,
  ReviewSummary,
  Role,
  SnapshotDifference,
  TokenScope,
  VerdictCounts,
  VerdictStatus,
} from '@mmt/domain';

export type { ExceptionState, ImportResult, PolicyVersion, ReviewRecord, ReviewSummary };

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

/**
 * The API's one error shape. A stale edit (409) also carries the newer model as `current`; a
 * refused import (400) carries every problem with its row and column as `errors`.
 */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  details?: FieldErrorDetail[];
  current?: Model;
  errors?: ImportProblem[];
}

// ---------- Bulk import (POST /api/imports) ----------

// ---------- Dashboard (GET /api/dashboard) ----------

export interface KpiWithChange {
  value: number | null;
  /** The value frozen at the last review; null when there is none. */
  previous: number | null;
  change: number | null;
}

export type FamilyPoint = { weekEnd: string } & Record<FrameworkFamily, number>;
export type VerdictPoint = { weekEnd: string } & Record<VerdictStatus, number>;

export interface DashboardResponse {
  asOf: string;
  /** The range asked for, or the one the API chose when none was: `all` or a number of weeks. */
  range: 'all' | number;
  weeks: number;
  policy: PolicyVersion;
  lastReview: { id: string; heldOn: string; createdAt: string } | null;
  kpis: Record<keyof PortfolioKpis, KpiWithChange>;
  series: {
    families: FamilyPoint[];
    verdicts: VerdictPoint[];
    legacyInProduction: { weekEnd: string; count: number }[];
  };
  cohorts: {
    newProjectsFrom: string;
    /** `2020-Q2`: the quarter the policy's new-project date falls in. */
    policyQuarter: string;
    rows: ({ key: string } & Record<FrameworkFamily, number>)[];
  };
  lifecycleByFamily: ({ key: FrameworkFamily } & Record<Lifecycle, number>)[];
  legacyProjection: RetirementProjection;
}

// ---------- Weekly reviews (/api/reviews) ----------

export type ReviewDetail = ReviewRecord;

export interface ReviewChangesResponse extends ReviewChanges {
  review: ReviewSummary | null;
}

export interface ReviewComparison {
  from: ReviewSummary;
  to: ReviewSummary;
  differences: SnapshotDifference[];
}

// ---------- Accounts and API tokens (/api/auth, /api/users, /api/tokens) ----------

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  createdBy: string;
}

/** A new account; `initialPassword` is there (this once) when the password was generated. */
export interface CreatedUser extends UserView {
  initialPassword?: string;
}

export interface CreateUserBody {
  email: string;
  name: string;
  role: Role;
  password?: string;
}

export interface UpdateUserBody {
  name?: string;
  role?: Role;
  active?: boolean;
}

export interface TokenView {
  id: string;
  name: string;
  scope: TokenScope;
  /** The person the token acts for; null for the server's bootstrap token. */
  userId: string | null;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A new token: `token` is the secret, in this response only. */
export interface CreatedToken extends TokenView {
  token: string;
}

export interface CreateTokenBody {
  name: string;
  scope: TokenScope;
  /** ISO timestamp; omitted for a token that does not expire. */
  expiresAt?: string;
}
