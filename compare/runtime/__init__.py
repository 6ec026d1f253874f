"""How the pipeline runs, not a stage: work forked onto the second core from the command line."""
