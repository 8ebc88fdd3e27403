-- CreateTable
CREATE TABLE "portfolio_week" (
    "week_end" DATE NOT NULL,
    "framework" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "portfolio_week_pkey" PRIMARY KEY ("week_end","framework","family","lifecycle")
);

-- CreateTable
CREATE TABLE "cohort_week" (
    "week_end" DATE NOT NULL,
    "started_quarter" DATE NOT NULL,
    "family" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "cohort_week_pkey" PRIMARY KEY ("week_end","started_quarter","family")
);

-- The trigger keeps writing portfolio_change (an asOf inside a week needs each change's moment) and
-- adds the same −1/+1 to both weekly rollups in the event's own transaction. Each rollup's rows are
-- summed per key first (a started_on change leaves portfolio_week's key unchanged: net 0, no write)
-- and upserted in key order, portfolio_week before cohort_week, so concurrent writers lock rows in
-- one global order and cannot deadlock.
CREATE OR REPLACE FUNCTION record_portfolio_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  previous model_event%ROWTYPE; -- all null when the model has no earlier event
  week date := week_end_of(NEW.at);
BEGIN
  SELECT * INTO previous FROM model_event
   WHERE model_id = NEW.model_id AND id <> NEW.id AND at <= NEW.at
   ORDER BY at DESC, id DESC
   LIMIT 1;
  IF FOUND AND (previous.framework, previous.family, previous.lifecycle, previous.started_on)
       IS NOT DISTINCT FROM (NEW.framework, NEW.family, NEW.lifecycle, NEW.started_on) THEN
    RETURN NEW;
  END IF;
  IF FOUND THEN
    INSERT INTO portfolio_change (at, framework, family, lifecycle, started_on, delta)
    VALUES (NEW.at, previous.framework, previous.family, previous.lifecycle, previous.started_on, -1);
  END IF;
  INSERT INTO portfolio_change (at, framework, family, lifecycle, started_on, delta)
  VALUES (NEW.at, NEW.framework, NEW.family, NEW.lifecycle, NEW.started_on, 1);

  INSERT INTO portfolio_week AS w (week_end, framework, family, lifecycle, delta)
  SELECT week, framework, family, lifecycle, sum(delta)
  FROM (VALUES (previous.framework, previous.family, previous.lifecycle, -1),
               (NEW.framework, NEW.family, NEW.lifecycle, 1)) AS change (framework, family, lifecycle, delta)
  WHERE framework IS NOT NULL
  GROUP BY framework, family, lifecycle
  HAVING sum(delta) <> 0
  ORDER BY framework, family, lifecycle
  ON CONFLICT (week_end, framework, family, lifecycle) DO UPDATE SET delta = w.delta + EXCLUDED.delta;

  INSERT INTO cohort_week AS c (week_end, started_quarter, family, delta)
  SELECT week, started_quarter, family, sum(delta)
  FROM (VALUES (date_trunc('quarter', previous.started_on)::date, previous.family, -1),
               (date_trunc('quarter', NEW.started_on)::date, NEW.family, 1)) AS change (started_quarter, family, delta)
  WHERE family IS NOT NULL
  GROUP BY started_quarter, family
  HAVING sum(delta) <> 0
  ORDER BY started_quarter, family
  ON CONFLICT (week_end, started_quarter, family) DO UPDATE SET delta = c.delta + EXCLUDED.delta;
  RETURN NEW;
END
$$;

-- Backfill both rollups from the change log.
INSERT INTO portfolio_week (week_end, framework, family, lifecycle, delta)
SELECT week_end_of(at), framework, family, lifecycle, sum(delta)
FROM portfolio_change
GROUP BY 1, 2, 3, 4
HAVING sum(delta) <> 0;

INSERT INTO cohort_week (week_end, started_quarter, family, delta)
SELECT week_end_of(at), date_trunc('quarter', started_on)::date, family, sum(delta)
FROM portfolio_change
GROUP BY 1, 2, 3
HAVING sum(delta) <> 0;
