-- CreateTable
CREATE TABLE "review_verdict" (
    "review_id" UUID NOT NULL,
    "model_id" UUID NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "review_verdict_pkey" PRIMARY KEY ("review_id","model_id")
);

-- AddForeignKey
ALTER TABLE "review_verdict" ADD CONSTRAINT "review_verdict_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Kept from the review's snapshot by every writer (this API, a restore, a person with psql): the
-- weekly review's changes join these rows instead of unpacking a snapshot of every model's verdict.
CREATE FUNCTION review_verdicts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM review_verdict WHERE review_id = NEW.id;
  INSERT INTO review_verdict (review_id, model_id, status)
  SELECT NEW.id, (v->>'modelId')::uuid, v->>'status'
  FROM jsonb_array_elements(coalesce(NEW.snapshot->'verdicts', '[]'::jsonb)) v
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER review_verdicts AFTER INSERT OR UPDATE OF snapshot ON review
  FOR EACH ROW EXECUTE FUNCTION review_verdicts();

INSERT INTO review_verdict (review_id, model_id, status)
SELECT r.id, (v->>'modelId')::uuid, v->>'status'
FROM review r CROSS JOIN LATERAL jsonb_array_elements(coalesce(r.snapshot->'verdicts', '[]'::jsonb)) v
ON CONFLICT DO NOTHING;

-- CreateIndex
CREATE INDEX "model_retire_by_idx" ON "model"("retire_by");
