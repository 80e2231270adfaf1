/** The text of `npm run batch -- --help`. */
export const HELP = `Usage: npm run batch -- [flags]

Plays seeded AI-versus-AI games of Corridors on worker threads and writes tidy results.
Game i of a run uses seed "S:i": results are the same whatever --workers and however it is sharded.

Games
  --games N            games per sweep point (default 100)
  --seed S             base seed (default 1)
  --scenario NAME|PATH scenario id from the rules, or a scenario JSON file (validated, then added)
  --rules DIR          rules directory (default: the project's rules/)
  --turns T            turns per game (default: the scenario's)
  --policy P           policy for every agent: random, greedy or planner
  --policy-XX P        policy for agent XX (e.g. --policy-us planner; codes are case-insensitive)
  --difficulty D       easy | normal | hard: the AI level of agents without a policy flag
                       (default normal, the greedy policy)

Sweeps
  --sweep PATH=v1,v2   try each value of a numeric rules value; array items are found by id,
                       e.g. corridors.tripp.capacity=10,30 or model.influenceRate=0.1,0.2.
                       Several --sweep flags form a grid. Every point plays the same seeds.

Running
  --workers K          worker threads (default: the number of CPUs)
  --shard i/n          play only slice i (0 <= i < n) of the run's games; slices concatenate to
                       the whole run (Kubernetes: JOB_COMPLETION_INDEX; Slurm: SLURM_ARRAY_TASK_ID)
  --quiet              no progress on stderr

Outputs
  --out FILE.jsonl     one JSON record per game (manifest, scores, winner, measures, hashes, turns)
  --csv FILE.csv       one row per game, flat snake_case columns
  --turns-csv FILE.csv one row per game and turn, with the per-turn measures
  --orders-csv FILE.csv
                       one row per order given: turn, agent, type, target, option, amount,
                       outcome (the JSONL records then carry the orders too)
  --no-header          leave the header row out of the CSV files (for shards after the first)
  --report FILE.html   a self-contained HTML report with charts
  --merge FILES…       instead of playing, combine JSONL files (e.g. shards) into the outputs
                       above, with the summary and the report

One game in full
  --debrief FILE.html  instead of the run, play its game N again on its own (same flags, seed S:N)
                       and write its after-action report: every turn's events, orders with the
                       AI's reasons, and changes with their causes; its final hash is the run's
  --game N             the game for --debrief (from 0)
  --point P            its sweep point (from 0, default 0)

The summary (mean goal score and win rate per agent with 95% intervals, per sweep point, and
paired differences between points) goes to stdout. Exit codes: 0 done, 2 bad flags or input,
130 stopped by Ctrl-C (finished games are written in order).
`;
