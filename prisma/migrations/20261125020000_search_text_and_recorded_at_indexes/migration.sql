-- The list's `q` search: a trigram index on one text column instead of a scan that joins five
-- fields for every model. The trigger keeps the column in step with whatever writes the row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "model" ADD COLUMN "search_text" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION model_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := concat_ws(' ', NEW.name, NEW.team, NEW.task, NEW.description, array_to_string(NEW.tags, ' '));
  RETURN NEW;
END;
$$;

CREATE TRIGGER model_search_text BEFORE INSERT OR UPDATE ON "model"
  FOR EACH ROW EXECUTE FUNCTION model_search_text();

UPDATE "model" SET search_text = concat_ws(' ', name, team, task, description, array_to_string(tags, ' '));

CREATE INDEX "model_search_text_idx" ON "model" USING GIN ("search_text" gin_trgm_ops);

-- "What changed since the last review" reads each model's events recorded after a date.
CREATE INDEX "model_event_model_id_recorded_at_idx" ON "model_event"("model_id", "recorded_at");
