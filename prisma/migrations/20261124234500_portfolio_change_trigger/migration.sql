-- Keeps portfolio_change in step with model_event, in the event's own transaction, whatever wrote
-- the event (API, import, seed): when an event moves a model to another (framework, family,
-- lifecycle) category, -1 for the category it left and +1 for the one it entered, at the event's
-- time. Weekly series are then a running sum over this log (see ../shared/notes/history-queries.md).
-- Events of one model arrive in time order (later changes are dated when they are made).
CREATE FUNCTION record_portfolio_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  previous model_event%ROWTYPE;
BEGIN
  SELECT * INTO previous FROM model_event
   WHERE model_id = NEW.model_id AND id <> NEW.id AND at <= NEW.at
   ORDER BY at DESC, id DESC
   LIMIT 1;
  IF FOUND THEN
    IF (previous.framework, previous.family, previous.lifecycle) IS NOT DISTINCT FROM (NEW.framework, NEW.family, NEW.lifecycle) THEN
      RETURN NEW;
    END IF;
    INSERT INTO portfolio_change (at, framework, family, lifecycle, delta)
    VALUES (NEW.at, previous.framework, previous.family, previous.lifecycle, -1);
  END IF;
  INSERT INTO portfolio_change (at, framework, family, lifecycle, delta)
  VALUES (NEW.at, NEW.framework, NEW.family, NEW.lifecycle, 1);
  RETURN NEW;
END
$$;

CREATE TRIGGER model_event_portfolio_change
AFTER INSERT ON model_event
FOR EACH ROW EXECUTE FUNCTION record_portfolio_change();
