"""Running: many sources at once, serially, in a process pool, or as Dask shards with a manifest."""
