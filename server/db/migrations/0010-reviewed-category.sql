-- The MQM category a reviewer gave a flag they confirmed, when it differs from the check's: an error the
-- check called a mistranslation may be a terminology error.
ALTER TABLE flags ADD COLUMN reviewed_category TEXT;
