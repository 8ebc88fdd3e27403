-- CreateTable
CREATE TABLE "model_source_ref" (
    "source_ref" TEXT NOT NULL,
    "model_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "model_source_ref_pkey" PRIMARY KEY ("source_ref")
);

-- CreateIndex
CREATE INDEX "model_source_ref_model_id_idx" ON "model_source_ref"("model_id");

-- AddForeignKey
ALTER TABLE "model_source_ref" ADD CONSTRAINT "model_source_ref_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Part of the models' area: a backup (kept per data version) carries each model's identities.
CREATE TRIGGER model_source_ref_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_source_ref
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('models');
