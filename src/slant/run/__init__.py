"""Running: turn inputs into results, in this process, a pool of processes, or on Ray.

    config      RunConfig: limits, analyzers, threads, thresholds; built once, handed to workers
    pipeline    Page -> extract -> analyzers -> Document, for one batch
    worker      the one bootstrap every worker runs (pool process or Ray actor)
    pool        the local engine: a process pool of workers
    ray_engine  the Ray engine: Ray Data actors running the same worker
    batch       the driver both engines share: resume, write, store, account
    summary     the run's accounting and figures
    plugins     extra analyzers named by the user, imported in every worker
"""
