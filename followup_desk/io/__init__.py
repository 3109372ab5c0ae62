"""Reading prospects from files other programs wrote (spreadsheets, address books)."""
