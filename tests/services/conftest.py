import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request):
    """Run the service tests on a SQLite file and on the PostgreSQL server."""
    name = "db" if request.param == "sqlite" else "pg_db"
    return request.getfixturevalue(name)
