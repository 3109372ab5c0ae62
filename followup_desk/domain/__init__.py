"""Pure business rules: no Qt, no database, no files beyond shipped data."""
