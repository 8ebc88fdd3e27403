-- Keras's framework family follows its release (the domain's `frameworkFamily`): up to 2.2
-- TensorFlow 1.x; 2.3, which ran on TensorFlow 1.14, 1.15 or 2.0, and a tf.keras version
-- ("2.2.4-tf") or a bare "2", "TensorFlow"; 2.4 and later 2.x TensorFlow 2.x; 3 and later, which
-- runs on TensorFlow, JAX or PyTorch, "Other"; no version, TensorFlow 1.x as before. Every Keras
-- model and event was stored as TensorFlow 1.x: they take their family now, and the change log and
-- both weekly rollups are rebuilt from the history with it. A function of this migration only.
CREATE FUNCTION pg_temp.keras_family(version text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN major IS NULL OR major < 2 THEN 'TensorFlow 1.x'
    WHEN major >= 3 THEN 'Other'
    WHEN minor IS NULL OR version ~* '-tf\s*$' OR minor = 3 THEN 'TensorFlow'
    WHEN minor <= 2 THEN 'TensorFlow 1.x'
    ELSE 'TensorFlow 2.x'
  END
  FROM (SELECT substring(version FROM '^\s*[vV]?(\d+)')::numeric AS major,
               substring(version FROM '^\s*[vV]?\d+\.(\d+)')::numeric AS minor) parts
$$;

-- Only a database holding Keras models stored with another family is touched: the rebuild reads
-- every event.
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM model_event
    WHERE framework = 'keras' AND family <> pg_temp.keras_family(state->>'frameworkVersion')
  ) THEN
    RETURN;
  END IF;

  UPDATE "model_event" SET "family" = pg_temp.keras_family("state"->>'frameworkVersion')
  WHERE "framework" = 'keras' AND "family" <> pg_temp.keras_family("state"->>'frameworkVersion');

  UPDATE "model" SET "family" = pg_temp.keras_family("framework_version")
  WHERE "framework" = 'keras' AND "family" <> pg_temp.keras_family("framework_version");

  -- The change log from the history, as `record_portfolio_change` writes it event by event.
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

  TRUNCATE "portfolio_week", "cohort_week";
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
END
$$;
