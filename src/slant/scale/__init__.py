"""Scale: batch runs over many inputs, on one machine or on a Ray cluster.

`batch.run_batch` is the driver every engine shares: it skips inputs a store
already holds (resume), writes JSONL or Parquet, upserts into SQLite (the driver
is the only writer), and accounts for every input. The engines only turn inputs
into Documents: `slant.engine.run_local` (a process pool) and
`scale.ray_engine.run_ray` (Ray Data actors that each build a Pipeline once).
"""
