"""The figures of the report: pure functions that take a Period and return
plain data classes. They read the pool, the requests and the agenda, and
change nothing."""
