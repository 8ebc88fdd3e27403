-- An answer about a past day (the dashboard, compliance, a list page, a model or a report as of a
-- date before today) reads the history up to then, and the history before today changes only when
-- a write reaches into it: an event, an exception or a scan dated before today (an import's dates,
-- a backdated grant, a restore), or a row of them changed or removed. Those writes raise the
-- 'history' area; a write of today (a new model, an edit, a scan, a grant from today) does not, so
-- answers about the past stay cached while CI pipelines and the team write all day.
INSERT INTO data_version (area) VALUES ('history');

-- note_data_change's body as a function other triggers can call.
CREATE FUNCTION note_area(area text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  changed text := coalesce(current_setting('mmt.changed_areas', true), '');
BEGIN
  IF changed = '' THEN
    INSERT INTO data_version_commit (txid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT DO NOTHING;
  END IF;
  IF NOT (area = ANY (string_to_array(changed, ','))) THEN
    PERFORM set_config('mmt.changed_areas', concat_ws(',', nullif(changed, ''), area), true);
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION note_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM note_area(TG_ARGV[0]);
  RETURN NULL;
END
$$;

-- The first instant of today (UTC): what is before it is "the past" of the answers above.
CREATE FUNCTION start_of_today() RETURNS timestamptz
LANGUAGE sql STABLE AS $$ SELECT date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' $$;

CREATE FUNCTION note_past_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM added WHERE at < start_of_today()) THEN
    PERFORM note_area('history');
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION note_past_scans() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM added WHERE recorded_at < start_of_today()) THEN
    PERFORM note_area('history');
  END IF;
  RETURN NULL;
END
$$;

-- An exception judges a day by its dates, and a revocation counts from the day it was made
-- (`exceptionStateAt`): a grant from today or a revocation today leaves earlier days as they were.
CREATE FUNCTION note_past_grants() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM added WHERE granted_on < start_of_today()::date OR created_at < start_of_today()) THEN
    PERFORM note_area('history');
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION note_past_exception_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM old_rows b FULL JOIN new_rows a ON a.id = b.id
    WHERE a.id IS NULL OR b.id IS NULL
      OR (a.model_id, a.granted_on, a.expires_on, a.created_at) IS DISTINCT FROM (b.model_id, b.granted_on, b.expires_on, b.created_at)
      OR (a.revoked_at IS DISTINCT FROM b.revoked_at AND least(a.revoked_at, b.revoked_at) < start_of_today())
  ) THEN
    PERFORM note_area('history');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER model_event_past_insert AFTER INSERT ON model_event
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION note_past_events();
CREATE TRIGGER model_event_past_change AFTER UPDATE OR DELETE OR TRUNCATE ON model_event
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');

CREATE TRIGGER scan_past_insert AFTER INSERT ON scan
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION note_past_scans();
CREATE TRIGGER scan_past_change AFTER DELETE OR TRUNCATE ON scan
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');

CREATE TRIGGER model_exception_past_insert AFTER INSERT ON model_exception
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION note_past_grants();
CREATE TRIGGER model_exception_past_update AFTER UPDATE ON model_exception
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_past_exception_changes();
CREATE TRIGGER model_exception_past_change AFTER DELETE OR TRUNCATE ON model_exception
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');

-- A model removed (a restore) takes its history with it.
CREATE TRIGGER model_past_change AFTER DELETE OR TRUNCATE ON model
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');
