-- AlterTable
ALTER TABLE "model_event" ADD COLUMN     "name" TEXT NOT NULL DEFAULT '';

-- Each event's name, kept from its state by every writer (this API, a restore, a person with psql):
-- a page of the model list at a past moment walks the events in name order and stops after the
-- page, instead of finding every model's state then and sorting them all.
CREATE FUNCTION model_event_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name := coalesce(NEW.state->>'name', '');
  RETURN NEW;
END
$$;
CREATE TRIGGER model_event_name BEFORE INSERT OR UPDATE ON model_event
  FOR EACH ROW EXECUTE FUNCTION model_event_name();

UPDATE model_event SET name = coalesce(state->>'name', '');

-- CreateIndex
CREATE INDEX "model_event_name_model_id_idx" ON "model_event"("name", "model_id");
