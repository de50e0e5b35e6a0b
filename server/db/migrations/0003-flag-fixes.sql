-- What a check would put in place of a flag's span to mend it (a single space for a double one), when it knows.
ALTER TABLE flags ADD COLUMN fix TEXT;
