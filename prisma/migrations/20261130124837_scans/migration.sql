-- CreateTable
CREATE TABLE "scan" (
    "id" UUID NOT NULL,
    "model_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "commit" TEXT,
    "ref" TEXT,
    "findings" JSONB NOT NULL,
    "primary_framework" TEXT,
    "primary_version" TEXT,
    "primary_family" TEXT,
    "tf1_total" INTEGER NOT NULL,

    CONSTRAINT "scan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scan_model_id_recorded_at_idx" ON "scan"("model_id", "recorded_at" DESC);

-- CreateIndex
CREATE INDEX "scan_recorded_at_idx" ON "scan"("recorded_at");

-- AddForeignKey
ALTER TABLE "scan" ADD CONSTRAINT "scan_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A scan is a record of what the code said at a moment: never changed afterwards.
CREATE FUNCTION refuse_scan_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'scan rows are immutable';
END
$$;

CREATE TRIGGER scan_immutable BEFORE UPDATE ON scan
FOR EACH ROW EXECUTE FUNCTION refuse_scan_update();

-- Answers that read scans (drift, the TF1 API series) are cached per version of this area.
CREATE TRIGGER scan_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scan
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('scans');

INSERT INTO data_version (area) VALUES ('scans');
