-- An answer about a past day (the dashboard, compliance, a list page, a model or a report as of a
-- date before today) reads the history up to then, and the history before today changes only when
-- a write reaches into it: an event, an exception or a scan dated before today (an import's dates,
-- a backdated grant, a restore), or a row of them changed or removed. Those writes raise the
-- 'history' area; a write of today (a new model, an edit, a scan, a grant from today) does not, so
-- answers about the past stay cached while CI pipelines and the team write all day.
INSERT INTO data_version (area) VALUES ('history');

-- The first instant of today (UTC): what is before it is "the past" of the answers above.
CREATE FUNCTION start_of_today() RETURNS timestamptz
LANGUAGE sql STABLE AS $$ SELECT date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' $$;

-- Row triggers whose WHEN is checked without calling a function for the rows of today: a new
-- model, an edit or a scan of today costs nothing more than the comparison.
CREATE TRIGGER model_event_past_insert AFTER INSERT ON model_event
FOR EACH ROW WHEN (NEW.at < start_of_today()) EXECUTE FUNCTION note_data_change('history');
CREATE TRIGGER model_event_past_change AFTER UPDATE OR DELETE OR TRUNCATE ON model_event
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');

CREATE TRIGGER scan_past_insert AFTER INSERT ON scan
FOR EACH ROW WHEN (NEW.recorded_at < start_of_today()) EXECUTE FUNCTION note_data_change('history');
CREATE TRIGGER scan_past_change AFTER DELETE OR TRUNCATE ON scan
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');

-- An exception judges a day by its dates, and a revocation counts from the day it was made
-- (`exceptionStateAt`): a grant from today or a revocation today leaves earlier days as they were.
CREATE TRIGGER model_exception_past_insert AFTER INSERT ON model_exception
FOR EACH ROW WHEN (NEW.granted_on < start_of_today()::date OR NEW.created_at < start_of_today())
EXECUTE FUNCTION note_data_change('history');
CREATE TRIGGER model_exception_past_update AFTER UPDATE ON model_exception
FOR EACH ROW WHEN (
  (OLD.model_id, OLD.granted_on, OLD.expires_on, OLD.created_at)
    IS DISTINCT FROM (NEW.model_id, NEW.granted_on, NEW.expires_on, NEW.created_at)
  OR (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at AND least(OLD.revoked_at, NEW.revoked_at) < start_of_today())
) EXECUTE FUNCTION note_data_change('history');
CREATE TRIGGER model_exception_past_change AFTER DELETE OR TRUNCATE ON model_exception
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');

-- A model removed (a restore) takes its history with it.
CREATE TRIGGER model_past_change AFTER DELETE OR TRUNCATE ON model
FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('history');
