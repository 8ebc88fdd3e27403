-- CreateTable
CREATE TABLE "data_version" (
    "area" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("area")
);

-- CreateTable
CREATE TABLE "data_version_commit" (
    "txid" BIGINT NOT NULL,

    CONSTRAINT "data_version_commit_pkey" PRIMARY KEY ("txid")
);

-- The answer cache keys on these versions instead of on PostgreSQL's snapshot, which every write
-- changes (a failed sign-in, a session, a token's last use). Each write statement on an area's
-- tables notes the area in a transaction-local setting and, the first time, adds the transaction's
-- row to data_version_commit; that row's deferred trigger raises the noted areas' versions at
-- commit, in the same commit as the data. Nothing is locked before the commit itself, and the rows
-- are locked in one order, so concurrent writers neither wait long nor deadlock. A rolled-back
-- transaction (or savepoint) takes its notes with it. Triggers catch every writer: this API,
-- another replica, a person with psql.
CREATE FUNCTION note_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed text := coalesce(current_setting('mmt.changed_areas', true), '');
BEGIN
  IF changed = '' THEN
    INSERT INTO data_version_commit (txid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT DO NOTHING;
  END IF;
  IF NOT (TG_ARGV[0] = ANY (string_to_array(changed, ','))) THEN
    PERFORM set_config('mmt.changed_areas', concat_ws(',', nullif(changed, ''), TG_ARGV[0]), true);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION raise_data_versions() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed text[] := string_to_array(current_setting('mmt.changed_areas', true), ',');
BEGIN
  PERFORM 1 FROM data_version WHERE area = ANY (changed) ORDER BY area FOR UPDATE;
  UPDATE data_version SET version = version + 1 WHERE area = ANY (changed);
  DELETE FROM data_version_commit WHERE txid = NEW.txid;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER data_version_commit_raise
AFTER INSERT ON data_version_commit
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION raise_data_versions();

-- The areas and their tables. Verdict timelines are the models' (written with them, or by a refresh
-- of its own); the change log and weekly rollups are written by model_event's triggers.
CREATE TRIGGER model_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('models');
CREATE TRIGGER model_event_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_event
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('models');
CREATE TRIGGER verdict_span_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON verdict_span
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('models');
CREATE TRIGGER model_exception_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_exception
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('exceptions');
CREATE TRIGGER policy_version_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_version
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('policy');
CREATE TRIGGER review_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON review
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('reviews');

INSERT INTO data_version (area) VALUES ('exceptions'), ('models'), ('policy'), ('reviews');
