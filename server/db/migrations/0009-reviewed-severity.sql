-- The severity a reviewer gave a flag they confirmed, when it differs from the check's guess: the error
-- report scores the error as the reviewer judged it.
ALTER TABLE flags ADD COLUMN reviewed_severity TEXT CHECK (reviewed_severity IN ('minor', 'major', 'critical'));
