-- CreateTable
CREATE TABLE "model" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "framework_version" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL,
    "deployment_target" TEXT NOT NULL,
    "serving_stack" TEXT NOT NULL,
    "serialization" TEXT NOT NULL,
    "started_on" DATE NOT NULL,
    "migration" TEXT NOT NULL,
    "migration_target" TEXT,
    "retire_by" DATE,
    "repo_url" TEXT,
    "description" TEXT NOT NULL,
    "tags" TEXT[],
    "version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_event" (
    "id" BIGSERIAL NOT NULL,
    "model_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "state" JSONB NOT NULL,
    "framework" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL,

    CONSTRAINT "model_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "portfolio_change" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "framework" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "portfolio_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verdict_span" (
    "model_id" UUID NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "valid_to" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "new_project" BOOLEAN NOT NULL,

    CONSTRAINT "verdict_span_pkey" PRIMARY KEY ("model_id","valid_from")
);

-- CreateTable
CREATE TABLE "model_exception" (
    "id" UUID NOT NULL,
    "model_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "approved_by" TEXT NOT NULL,
    "granted_on" DATE NOT NULL,
    "expires_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_by" TEXT,

    CONSTRAINT "model_exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_version" (
    "id" SERIAL NOT NULL,
    "in_force_from" DATE NOT NULL,
    "new_projects_from" DATE NOT NULL,
    "preferred_framework" TEXT NOT NULL,
    "legacy_frameworks" TEXT[],
    "governed_frameworks" TEXT[],
    "allowances" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "policy_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review" (
    "id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "attendees" TEXT[],
    "notes" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_name_key" ON "model"("name");

-- CreateIndex
CREATE INDEX "model_framework_idx" ON "model"("framework");

-- CreateIndex
CREATE INDEX "model_lifecycle_idx" ON "model"("lifecycle");

-- CreateIndex
CREATE INDEX "model_team_idx" ON "model"("team");

-- CreateIndex
CREATE INDEX "model_updated_at_idx" ON "model"("updated_at");

-- CreateIndex
CREATE INDEX "model_event_model_id_at_idx" ON "model_event"("model_id", "at" DESC);

-- CreateIndex
CREATE INDEX "model_event_at_idx" ON "model_event"("at");

-- CreateIndex
CREATE INDEX "portfolio_change_at_idx" ON "portfolio_change"("at");

-- CreateIndex
CREATE INDEX "verdict_span_valid_from_idx" ON "verdict_span"("valid_from");

-- CreateIndex
CREATE INDEX "verdict_span_valid_to_idx" ON "verdict_span"("valid_to");

-- CreateIndex
CREATE INDEX "model_exception_model_id_idx" ON "model_exception"("model_id");

-- CreateIndex
CREATE INDEX "model_exception_expires_on_idx" ON "model_exception"("expires_on");

-- CreateIndex
CREATE INDEX "policy_version_in_force_from_idx" ON "policy_version"("in_force_from");

-- CreateIndex
CREATE INDEX "review_created_at_idx" ON "review"("created_at");

-- AddForeignKey
ALTER TABLE "model_event" ADD CONSTRAINT "model_event_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_span" ADD CONSTRAINT "verdict_span_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_exception" ADD CONSTRAINT "model_exception_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
