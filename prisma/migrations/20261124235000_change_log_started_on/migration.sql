-- The change log also keys each model's category by its project start date, so "new projects per
-- quarter by framework family" at any asOf is a sum over the log instead of a portfolio rebuild.

-- AlterTable: add, backfill from each event's recorded state, then require.
ALTER TABLE "model_event" ADD COLUMN "started_on" DATE;
UPDATE "model_event" SET "started_on" = ("state"->>'startedOn')::date;
ALTER TABLE "model_event" ALTER COLUMN "started_on" SET NOT NULL;

-- AlterTable
ALTER TABLE "portfolio_change" ADD COLUMN "started_on" DATE;

CREATE OR REPLACE FUNCTION record_portfolio_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  previous model_event%ROWTYPE;
BEGIN
  SELECT * INTO previous FROM model_event
   WHERE model_id = NEW.model_id AND id <> NEW.id AND at <= NEW.at
   ORDER BY at DESC, id DESC
   LIMIT 1;
  IF FOUND THEN
    IF (previous.framework, previous.family, previous.lifecycle, previous.started_on)
       IS NOT DISTINCT FROM (NEW.framework, NEW.family, NEW.lifecycle, NEW.started_on) THEN
      RETURN NEW;
    END IF;
    INSERT INTO portfolio_change (at, framework, family, lifecycle, started_on, delta)
    VALUES (NEW.at, previous.framework, previous.family, previous.lifecycle, previous.started_on, -1);
  END IF;
  INSERT INTO portfolio_change (at, framework, family, lifecycle, started_on, delta)
  VALUES (NEW.at, NEW.framework, NEW.family, NEW.lifecycle, NEW.started_on, 1);
  RETURN NEW;
END
$$;

-- Rebuild the log from history with the new key.
TRUNCATE "portfolio_change";
INSERT INTO portfolio_change (at, framework, family, lifecycle, started_on, delta)
SELECT at, framework, family, lifecycle, started_on, delta
FROM (
  SELECT e.at, e.framework, e.family, e.lifecycle, e.started_on, 1 AS delta,
         lag(ROW(e.framework, e.family, e.lifecycle, e.started_on)::text) OVER w AS previous_key,
         ROW(e.framework, e.family, e.lifecycle, e.started_on)::text AS key
  FROM model_event e
  WINDOW w AS (PARTITION BY e.model_id ORDER BY e.at, e.id)
) entered
WHERE previous_key IS DISTINCT FROM key
UNION ALL
SELECT at, framework, family, lifecycle, started_on, -1
FROM (
  SELECT e.at,
         lag(e.framework) OVER w AS framework, lag(e.family) OVER w AS family,
         lag(e.lifecycle) OVER w AS lifecycle, lag(e.started_on) OVER w AS started_on,
         lag(ROW(e.framework, e.family, e.lifecycle, e.started_on)::text) OVER w AS previous_key,
         ROW(e.framework, e.family, e.lifecycle, e.started_on)::text AS key
  FROM model_event e
  WINDOW w AS (PARTITION BY e.model_id ORDER BY e.at, e.id)
) left_behind
WHERE previous_key IS NOT NULL AND previous_key IS DISTINCT FROM key;

ALTER TABLE "portfolio_change" ALTER COLUMN "started_on" SET NOT NULL;

-- The week a moment falls in, named by its last day (Sunday, UTC). SQL + STABLE so the planner
-- inlines it into the series queries (a non-inlined function made them 3-5x slower).
CREATE FUNCTION week_end_of(moment timestamptz) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT (date_trunc('week', moment AT TIME ZONE 'UTC'))::date + 6
$$;
