-- A flag a reviewer confirmed stays after the translation is mended, marked resolved: the error report
-- counts the machine translation's errors, not the ones left. It keeps the words it marked when raised.
ALTER TABLE flags ADD COLUMN resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1));
ALTER TABLE flags ADD COLUMN marked TEXT;
